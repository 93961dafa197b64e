// "Open now?" — the extension's state at this minute from GET …/status, the
// reason, and the next change on its own clock ("Closed — Christmas Day until
// Sat 26 Dec 00:00 AEDT"). Kept current: asked again every minute and after
// every write (the page invalidates the extension's queries).
import { Badge } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { useStatus } from '../api/get-status';
import { statusWords } from '../utils/status-words';

export function OpenNowBadge({ extensionId }: { extensionId: string }) {
  const status = useStatus(extensionId);
  return (
    <div className="open-now" role="status" aria-live="polite" aria-busy={status.isFetching || undefined}>
      <span className="open-now__question">Open now?</span>
      {status.isPending ? (
        <Skeleton width="md" />
      ) : status.isError ? (
        <span className="muted">Not known: {errorMessage(status.error)}</span>
      ) : (
        <OpenNowWords {...statusWords(status.data)} state={status.data.state} />
      )}
    </div>
  );
}

function OpenNowWords({ label, tone, sentence, state }: ReturnType<typeof statusWords> & { state: string }) {
  return (
    <>
      <Badge tone={tone} className="open-now__badge">
        {label}
      </Badge>
      <span className="open-now__sentence" data-state={state}>
        {sentence}
      </span>
    </>
  );
}
