// /contact-center/queues — every queue's business hours and closure set;
// admins open one to change its assignment.
import { whoMay } from '@switchboard/contract/permissions';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { useQueues } from '@/features/cc-queues/api/get-queues';
import { QueueTable } from '@/features/cc-queues/components/queue-table';
import { CcSectionNav } from '../layout/cc-section-nav';
import '@/features/cc-queues/components/queues.css';

export function Component() {
  const queues = useQueues();
  const can = useCan();
  return (
    <>
      <title>Queues · Contact Center · Switchboard</title>
      <CcSectionNav />
      <div className="page-header">
        <h1>Queues</h1>
        <p className="page-header__lede">
          When each Contact Center queue is open: its business hours and the closure set that closes it on holidays.{' '}
          {!can('editContactCenter') && whoMay('editContactCenter')}
        </p>
      </div>
      {queues.isPending ? (
        <div className="page-loading" aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading the queues…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
        </div>
      ) : queues.isError ? (
        <ErrorState title="The queues could not be loaded" error={queues.error} onRetry={() => void queues.refetch()} retrying={queues.isFetching} />
      ) : queues.data.items.length === 0 ? (
        <EmptyState title="This Zoom account has no Contact Center queues." />
      ) : (
        <QueueTable queues={queues.data.items} canEdit={can('editContactCenter')} />
      )}
    </>
  );
}
