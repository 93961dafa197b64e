// One flow (read-only): its entry points (name, number callers dial,
// language), its versions, and the export as a JSON download.
import type { CcFlowResponse } from '@switchboard/contract/cc-flows';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table } from '@/components/ui/table';
import { numberWords, readable, whenWords } from '../utils/flow-words';
import './flow-detail.css';

export function FlowDetail({ flow, exportHref }: { flow: CcFlowResponse['flow']; exportHref: string }) {
  return (
    <div className="flow-detail">
      <p className="flow-detail__facts">
        <Badge tone={flow.status === 'published' ? 'success' : 'neutral'}>{readable(flow.status)}</Badge> {readable(flow.channel)} · last changed{' '}
        {whenWords(flow.modifiedBy, flow.lastModified)}
      </p>
      <p>
        <a className="btn btn--secondary" href={exportHref} download>
          Export as JSON
        </a>
      </p>
      <Card className="cc-card">
        <CardHeader title={`Entry points (${flow.entryPoints.length})`} />
        {flow.entryPoints.length === 0 ? (
          <EmptyState title="No entry points.">Nothing reaches this flow yet.</EmptyState>
        ) : (
          <Table caption="Entry points" cards>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">Entry point</th>
                <th scope="col" role="columnheader">Number</th>
                <th scope="col" role="columnheader">Language</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {flow.entryPoints.map((e) => (
                <tr key={e.id} role="row">
                  <th scope="row" role="rowheader">
                    {e.name}
                  </th>
                  <td role="cell" data-label="Number" className="num">
                    {numberWords(e.number)}
                  </td>
                  <td role="cell" data-label="Language">
                    {e.language ?? <span className="muted">Not set</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {flow.versions.length > 0 && (
        <Card className="cc-card">
          <CardHeader title="Versions" />
          <ul className="plain-list">
            {flow.versions.map((v) => (
              <li key={v.id}>
                {v.version === null ? 'Draft' : `Version ${v.version}`} · {readable(v.status)} · {whenWords(null, v.lastModified)}
                {v.description && <span className="muted"> — {v.description}</span>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
