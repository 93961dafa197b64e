import { useDeferredValue } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AutoReceptionistSummary, AutoReceptionistList as ArList } from '@switchboard/contract/auto-receptionists';
import { formatPhoneNumber } from '@switchboard/routing-core/format/phone';
import { paths } from '@/config/paths';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField, TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { Table } from '@/components/ui/table';
import { useAutoReceptionists } from '../api/get-auto-receptionists';
import { filterAutoReceptionists } from '../utils/filter-auto-receptionists';
import './auto-receptionist-list.css';

const plural = (n: number) => `${n} auto receptionist${n === 1 ? '' : 's'}`;

/** Search + site filter + table; the filter lives in the URL (?q=&site=) so it survives reloads and links. */
export function AutoReceptionistList() {
  const query = useAutoReceptionists();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const siteId = params.get('site') ?? '';
  const deferredQ = useDeferredValue(q);

  const setParam = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="ar-list">
      <div className="ar-list__filters" role="search" aria-label="Filter auto receptionists">
        <TextField
          label="Search"
          type="search"
          placeholder="Name, extension or phone number"
          value={q}
          onChange={(e) => setParam('q', e.target.value)}
          fieldClassName="ar-list__search"
          maxLength={100}
        />
        <SelectField
          label="Site"
          value={siteId}
          onChange={(e) => setParam('site', e.target.value)}
          disabled={!query.data}
          fieldClassName="ar-list__site"
        >
          <option value="">All sites</option>
          {query.data?.sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>

      {query.isPending ? (
        <LoadingTable />
      ) : query.isError ? (
        <ErrorState
          title="Auto receptionists could not be loaded"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <Results
          data={query.data}
          q={deferredQ}
          siteId={siteId}
          onClear={() => setParams(new URLSearchParams(), { replace: true })}
        />
      )}
    </div>
  );
}

function Results({ data, q, siteId, onClear }: { data: ArList; q: string; siteId: string; onClear: () => void }) {
  const rows = filterAutoReceptionists(data.items, { q, siteId });
  const site = data.sites.find((s) => s.id === siteId);
  const filtered = Boolean(q.trim() || siteId);

  return (
    <>
      <p className="ar-list__count" role="status">
        {filtered ? `${rows.length} of ${plural(data.items.length)}` : plural(data.items.length)}
      </p>
      {rows.length === 0 ? (
        data.items.length === 0 ? (
          <EmptyState title="This Zoom account has no auto receptionists yet.">
            Auto receptionists created in Zoom appear here.
          </EmptyState>
        ) : (
          <EmptyState
            title={`No auto receptionists match ${describeFilter(q, site?.name)}.`}
            action={<Button onClick={onClear}>Clear search and filter</Button>}
          >
            Search looks at names, extension numbers and phone numbers.
          </EmptyState>
        )
      ) : (
        <ArTable rows={rows} />
      )}
    </>
  );
}

function describeFilter(q: string, siteName: string | undefined): string {
  const text = q.trim() ? `“${q.trim()}”` : '';
  if (text && siteName) return `${text} at ${siteName}`;
  if (siteName) return `the site ${siteName}`;
  return text;
}

function ArTable({ rows }: { rows: AutoReceptionistSummary[] }) {
  // On phones each row is a card with every fact labelled, phone numbers included (global.css).
  return (
    <Table caption="Auto receptionists" cards>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Name</th>
          <th scope="col" role="columnheader">Extension</th>
          <th scope="col" role="columnheader">Site</th>
          <th scope="col" role="columnheader">Time zone</th>
          <th scope="col" role="columnheader">Phone numbers</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((ar) => (
          <tr key={ar.id} role="row">
            <th scope="row" role="rowheader" className="ar-list__name">
              <Link to={paths.autoReceptionist(ar.id)}>{ar.name}</Link>
            </th>
            <td role="cell" data-label="Extension" className="num">
              {ar.extensionNumber}
            </td>
            <td role="cell" data-label="Site">
              {ar.site?.name ?? <span className="muted">No site</span>}
            </td>
            <td role="cell" data-label="Time zone">
              {ar.timezone ?? <span className="muted">Not set</span>}
            </td>
            <td role="cell" data-label="Phone numbers">
              {ar.phoneNumbers.length ? (
                <ul className="plain-list num">
                  {ar.phoneNumbers.map((n) => (
                    <li key={n}>{formatPhoneNumber(n)}</li>
                  ))}
                </ul>
              ) : (
                <span className="muted">None</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function LoadingTable() {
  return (
    <div className="ar-list__loading" aria-busy="true">
      <span className="visually-hidden" role="status">
        Loading auto receptionists…
      </span>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="ar-list__skeleton-row">
          <Skeleton width="lg" />
          <Skeleton width="sm" />
          <Skeleton width="md" />
          <Skeleton width="md" />
          <Skeleton width="md" />
        </div>
      ))}
    </div>
  );
}
