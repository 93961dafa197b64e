// Contact Center flows (read-only): name (to its page), channel, status, how
// many entry points, and the last change. A table on a desktop, cards on a phone.
import { Link } from 'react-router';
import type { CcFlowSummary } from '@switchboard/contract/cc-flows';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Table } from '@/components/ui/table';
import { readable, whenWords } from '../utils/flow-words';

export function FlowTable({ flows }: { flows: CcFlowSummary[] }) {
  return (
    <Table caption="Contact Center flows" cards className="flow-table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Flow</th>
          <th scope="col" role="columnheader">Channel</th>
          <th scope="col" role="columnheader">Status</th>
          <th scope="col" role="columnheader">Entry points</th>
          <th scope="col" role="columnheader">Last changed</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {flows.map((f) => (
          <tr key={f.id} role="row">
            <th scope="row" role="rowheader">
              <Link to={paths.ccFlow(f.id)}>{f.name}</Link>
            </th>
            <td role="cell" data-label="Channel">
              {readable(f.channel)}
            </td>
            <td role="cell" data-label="Status">
              <Badge tone={f.status === 'published' ? 'success' : 'neutral'}>{readable(f.status)}</Badge>
            </td>
            <td role="cell" data-label="Entry points">
              {f.entryPoints.length === 0 ? <span className="muted">None</span> : f.entryPoints.map((e) => e.name).join(', ')}
            </td>
            <td role="cell" data-label="Last changed">
              {whenWords(f.modifiedBy, f.lastModified)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
