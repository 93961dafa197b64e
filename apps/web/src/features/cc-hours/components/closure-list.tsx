// A closure set's closures for people who read them: name, when (on the
// set's clock) and how it repeats, as a table on a desktop and cards on a phone.
import type { CcClosure } from '@switchboard/contract/cc-hours';
import { EmptyState } from '@/components/ui/empty-state';
import { Table } from '@/components/ui/table';
import { spanWords } from '../utils/closure-words';
import { recurrenceWords } from '../utils/recurrence';

export function ClosureList({ closures, timezone }: { closures: CcClosure[]; timezone: string }) {
  if (closures.length === 0) return <EmptyState title="No closures in this set.">Queues using it close only outside their business hours.</EmptyState>;
  return (
    <Table caption={`Closures, in ${timezone} time`} cards className="closure-table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Closure</th>
          <th scope="col" role="columnheader">When</th>
          <th scope="col" role="columnheader">Repeats</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {closures.map((c, i) => (
          <tr key={c.id ?? i} role="row">
            <th scope="row" role="rowheader">
              {c.name}
            </th>
            <td role="cell" data-label="When">
              {spanWords(c)}
            </td>
            <td role="cell" data-label="Repeats">
              {recurrenceWords(c.recurrence, c.start)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
