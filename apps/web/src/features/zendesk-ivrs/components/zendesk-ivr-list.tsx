// Zendesk Talk IVRs as a table (cards on phones): name, phone numbers, menus.
// Zendesk not connected is said plainly, not shown as an error.
import { Link } from 'react-router';
import type { ZendeskIvr } from '@switchboard/contract/zendesk';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Table } from '@/components/ui/table';
import { ApiError } from '@/lib/api-client';
import { useZendeskIvrs } from '../api/get-zendesk-ivrs';
import { filterZendeskIvrs } from '../utils/filter-zendesk-ivrs';

export function ZendeskIvrList({ q = '' }: { q?: string }) {
  const query = useZendeskIvrs();
  if (query.isPending) {
    return (
      <div aria-busy="true">
        <span className="visually-hidden" role="status">
          Loading Zendesk Talk IVRs…
        </span>
        <Skeleton width="lg" />
        <Skeleton width="md" />
      </div>
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.code === 'zendesk_not_connected') {
      return <EmptyState title="Zendesk Talk is not connected.">{query.error.message}</EmptyState>;
    }
    return <ErrorState title="Zendesk Talk IVRs could not be loaded" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const rows = filterZendeskIvrs(query.data.items, q);
  const total = query.data.items.length;
  return (
    <>
      <p className="ar-list__count" role="status">
        {rows.length === total ? `${total} Zendesk Talk IVR${total === 1 ? '' : 's'}` : `${rows.length} of ${total} Zendesk Talk IVRs`}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={total === 0 ? 'This Zendesk account has no IVRs yet.' : 'No Zendesk Talk IVR matches the search.'}>
          Search looks at names, menus and phone numbers.
        </EmptyState>
      ) : (
        <IvrTable rows={rows} />
      )}
    </>
  );
}

function IvrTable({ rows }: { rows: ZendeskIvr[] }) {
  return (
    <Table caption="Zendesk Talk IVRs" cards>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Name</th>
          <th scope="col" role="columnheader">Phone numbers</th>
          <th scope="col" role="columnheader">Menus</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((ivr) => (
          <tr key={ivr.id} role="row">
            <th scope="row" role="rowheader" className="ar-list__name">
              <Link to={paths.zendeskIvr(ivr.id)}>{ivr.name}</Link>
            </th>
            <td role="cell" data-label="Phone numbers">
              {ivr.phoneNumbers.length ? ivr.phoneNumbers.join(', ') : <span className="muted">None</span>}
            </td>
            <td role="cell" data-label="Menus">
              {ivr.menus.map((m) => m.name).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
