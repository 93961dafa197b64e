// When the account was last read from Zoom, and a control to read it again.
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { useRefreshRouting } from '../api/refresh-routing';

const words = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export function RefreshedAt({ refreshedAt }: { refreshedAt: string | undefined }) {
  const refresh = useRefreshRouting();
  return (
    <div className="refreshed-at">
      <p className="muted">
        {refreshedAt ? (
          <>
            Read from Zoom <time dateTime={refreshedAt}>{words(refreshedAt)}</time>; changes made through Switchboard show at once.
          </>
        ) : (
          'Reading the account from Zoom…'
        )}
      </p>
      <Button size="sm" busy={refresh.isPending} onClick={() => refresh.mutate()}>
        Read Zoom again
      </Button>
      {refresh.isError && <ErrorState title="Zoom could not be read again" error={refresh.error} onRetry={() => refresh.mutate()} retrying={refresh.isPending} />}
    </div>
  );
}
