// The queues and flows that use an object (an asset, business hours, a closure set), by name.
import type { UsedBy } from '@switchboard/contract/cc-common';
import './used-by-list.css';

export function UsedByList({ usedBy, what }: { usedBy: UsedBy; what: string }) {
  const { queues, flows } = usedBy;
  if (queues.length === 0 && flows.length === 0) return <p className="muted">No queue or flow uses {what}.</p>;
  return (
    <dl className="used-by">
      {queues.length > 0 && (
        <div>
          <dt>Queues ({queues.length})</dt>
          <dd>{queues.map((q) => q.name).join(', ')}</dd>
        </div>
      )}
      {flows.length > 0 && (
        <div>
          <dt>Flows ({flows.length})</dt>
          <dd>{flows.map((f) => f.name).join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
