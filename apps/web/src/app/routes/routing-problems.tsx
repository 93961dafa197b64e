// /routing/problems — everything in the account that loses or may lose calls,
// errors first, each with the page that fixes it; filter by severity.
import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useRoutingProblems } from '@/features/routing-explorer/api/get-routing-problems';
import { ProblemList } from '@/features/routing-explorer/components/problem-list';
import { RefreshedAt } from '@/features/routing-explorer/components/refreshed-at';
import '@/features/routing-explorer/components/routing-explorer.css';

const FILTERS = [
  { value: '', label: 'All' },
  { value: 'error', label: 'Lose calls' },
  { value: 'warning', label: 'May lose calls' },
] as const;

export function Component() {
  const [search, setSearch] = useSearchParams();
  const severity = search.get('severity') === 'error' || search.get('severity') === 'warning' ? search.get('severity') : '';
  const problems = useRoutingProblems();
  const items = (problems.data?.items ?? []).filter((p) => !severity || p.severity === severity);
  return (
    <>
      <title>Routing problems · Switchboard</title>
      <div className="page-header page-header--with-actions">
        <div>
          <h1>Routing problems</h1>
          <p className="page-header__lede">What in the account loses calls or may lose them, each with the page that fixes it.</p>
        </div>
        <Link className="btn btn--secondary" to={paths.routing}>
          Trace a call
        </Link>
      </div>
      <RefreshedAt refreshedAt={problems.data?.refreshedAt} />
      {problems.isError ? (
        <ErrorState title="The problems could not be found" error={problems.error} onRetry={() => void problems.refetch()} retrying={problems.isFetching} />
      ) : !problems.data ? (
        <div aria-busy="true" className="page-loading">
          <span className="visually-hidden" role="status">
            Reading the account from Zoom…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
        </div>
      ) : (
        <>
          <div className="problem-filters" role="group" aria-label="Show">
            {FILTERS.map((f) => (
              <button
                key={f.value}
                type="button"
                className={`btn btn--sm ${severity === f.value ? 'btn--primary' : 'btn--secondary'}`}
                aria-pressed={severity === f.value}
                onClick={() => setSearch(f.value ? { severity: f.value } : {}, { replace: true })}
              >
                {f.label} ({f.value ? problems.data.items.filter((p) => p.severity === f.value).length : problems.data.items.length})
              </button>
            ))}
          </div>
          {items.length === 0 ? <p className="muted">No routing problems found.</p> : <ProblemList items={items} />}
        </>
      )}
    </>
  );
}
