// A call queue's members for the routing diagram. A menu names its target by
// extension id; the BFF reads a queue by its own id, which the directory's
// call-queue list (cached, shared with the editor's picker) maps to.
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { CallQueueMembers } from '@/features/call-queues/components/call-queue-members';
import { directorySearchQueryOptions } from '@/features/ivr-editor/api/search-directory';

export function QueueMembersByExtension({ extensionId }: { extensionId: string }) {
  const queues = useQuery(directorySearchQueryOptions({ type: 'callQueue', q: '' }));
  if (queues.isPending) {
    return (
      <div aria-busy="true">
        <span className="visually-hidden" role="status">
          Finding the queue…
        </span>
        <Skeleton width="lg" />
      </div>
    );
  }
  if (queues.isError) {
    return <ErrorState title="The queue could not be found" error={queues.error} onRetry={() => void queues.refetch()} retrying={queues.isFetching} />;
  }
  const queue = queues.data.items.find((q) => q.extensionId === extensionId);
  if (!queue) return <p>This call queue is not in the account’s list of queues any more, so its members cannot be shown.</p>;
  return <CallQueueMembers id={queue.id} />;
}
