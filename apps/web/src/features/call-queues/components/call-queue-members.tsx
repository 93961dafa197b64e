import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCallQueue } from '../api/get-call-queue';
import './call-queue-members.css';

/** Who answers a call queue: its members by name, with their extensions. */
export function CallQueueMembers({ id }: { id: string }) {
  const queue = useCallQueue(id);
  if (queue.isPending) {
    return (
      <div className="queue-members" aria-busy="true">
        <span className="visually-hidden" role="status">
          Loading the queue’s members…
        </span>
        <Skeleton width="lg" />
        <Skeleton width="md" />
        <Skeleton width="lg" />
      </div>
    );
  }
  if (queue.isError) {
    return (
      <ErrorState
        title="The queue’s members could not be loaded"
        error={queue.error}
        onRetry={() => void queue.refetch()}
        retrying={queue.isFetching}
      />
    );
  }
  const { members } = queue.data;
  if (members.length === 0) return <p className="queue-members__none">This queue has no members.</p>;
  return (
    <div className="queue-members">
      <p className="queue-members__count">
        {members.length === 1 ? '1 member answers' : `${members.length} members answer`} its calls:
      </p>
      <ul className="queue-members__list" aria-label={`Members of ${queue.data.name}`}>
        {members.map((m) => (
          <li key={m.id}>
            <span className="queue-members__name">{m.name}</span>
            {m.extensionNumber && <span className="queue-members__ext"> (ext {m.extensionNumber})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
