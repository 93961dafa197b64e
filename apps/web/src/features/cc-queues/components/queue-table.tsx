// Contact Center queues with their business hours and closure set (links to
// each), whether they follow the account's default, and — for admins — a link
// to change the assignment. A table on a desktop, cards on a phone.
import { Link } from 'react-router';
import type { CcQueue } from '@switchboard/contract/cc-queues';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Table } from '@/components/ui/table';

const channelWords = (c: string) => (c ? c.replaceAll('_', ' ').replace(/^./, (x) => x.toUpperCase()) : 'Not said');

export function QueueTable({ queues, canEdit }: { queues: CcQueue[]; canEdit: boolean }) {
  return (
    <Table caption="Contact Center queues and their operating hours" cards className="queue-table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Queue</th>
          <th scope="col" role="columnheader">Channel</th>
          <th scope="col" role="columnheader">Business hours</th>
          <th scope="col" role="columnheader">Closure set</th>
          {canEdit && (
            <th scope="col" role="columnheader">
              <span className="visually-hidden">Change</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {queues.map((q) => (
          <tr key={q.id} role="row" data-queue={q.id}>
            <th scope="row" role="rowheader">
              {q.name}
            </th>
            <td role="cell" data-label="Channel">
              {channelWords(q.channel)}
            </td>
            <td role="cell" data-label="Business hours">
              {q.businessHoursId ? <Link to={paths.ccBusinessHours(q.businessHoursId)}>{q.businessHoursName ?? 'Unnamed'}</Link> : <span className="muted">None</span>}
              {q.followsDefaultBusinessHours && <Badge tone="neutral">Account default</Badge>}
            </td>
            <td role="cell" data-label="Closure set">
              {q.closureSetId ? <Link to={paths.ccClosureSet(q.closureSetId)}>{q.closureSetName ?? 'Unnamed'}</Link> : <span className="muted">None</span>}
              {q.followsDefaultClosureSet && <Badge tone="neutral">Account default</Badge>}
            </td>
            {canEdit && (
              <td role="cell" data-label="Change">
                <Link className="btn btn--secondary btn--sm" to={paths.ccQueue(q.id)} aria-label={`Change the hours of ${q.name}`}>
                  Change
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
