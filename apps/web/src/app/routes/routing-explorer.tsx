// /routing — the routing explorer: search an entry point (a number in any
// format, an extension number or a name) and see its routes as a tree; trace
// a call (number, date and time in a chosen zone, key presses) step by step.
// The address holds the search and the trace, so it is the shareable link.
import { useSearchParams, Link } from 'react-router';
import { useState, type FormEvent } from 'react';
import { paths } from '@/config/paths';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useRoutingTrace } from '@/features/routing-explorer/api/get-routing-trace';
import { useRoutingSearch } from '@/features/routing-explorer/api/search-routing';
import { RefreshedAt } from '@/features/routing-explorer/components/refreshed-at';
import { RouteTree } from '@/features/routing-explorer/components/route-tree';
import { TraceForm } from '@/features/routing-explorer/components/trace-form';
import { TraceResult } from '@/features/routing-explorer/components/trace-result';
import { readTraceParams, traceInstant, traceSearch, type TraceParams } from '@/features/routing-explorer/utils/trace-params';
import '@/features/routing-explorer/components/routing-explorer.css';

export function Component() {
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const params = readTraceParams(search, new Date());
  const at = search.get('number') ? traceInstant(params) : null;
  const trace = useRoutingTrace(at ? { number: params.number, at, keys: params.keys } : null);
  const results = useRoutingSearch(q);
  const [formStart, setFormStart] = useState<{ number: string; zone?: string | undefined } | null>(null);

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    setSearch((prev) => {
      const p = new URLSearchParams(prev);
      if (typed.trim()) p.set('q', typed.trim());
      else p.delete('q');
      return p;
    });
  };
  const onTrace = (p: TraceParams) => setSearch(new URLSearchParams(traceSearch(p, q ? { q } : {})));
  const shareUrl = typeof window === 'undefined' ? '' : `${window.location.origin}${paths.routing}?${traceSearch(params)}`;
  // "Trace this number": the number, and the clock of the zone its hours are kept in (the time stays as typed)
  const formInitial = formStart ? { ...params, number: formStart.number, ...(formStart.zone ? { zone: formStart.zone } : {}) } : params;

  return (
    <>
      <title>Routing explorer · Switchboard</title>
      <div className="page-header page-header--with-actions">
        <div>
          <h1>Routing explorer</h1>
          <p className="page-header__lede">Where does a call go, at a given moment, after given key presses? Every step with its reason, from the live configuration.</p>
        </div>
        <Link className="btn btn--secondary" to={paths.routingProblems}>
          Routing problems
        </Link>
      </div>
      <RefreshedAt refreshedAt={trace.data?.refreshedAt ?? results.data?.refreshedAt} />

      <section aria-labelledby="search-title" className="explorer-section">
        <h2 id="search-title">Find an entry point</h2>
        <form className="search-form" onSubmit={onSearch} role="search">
          <label className="visually-hidden" htmlFor="routing-q">
            Phone number, extension number or name
          </label>
          <input id="routing-q" className="input" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Phone number, extension number or name" />
          <Button type="submit">Search</Button>
        </form>
        {results.isError && <ErrorState title="The search failed" error={results.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />}
        {q && results.isLoading && <Skeleton width="lg" />}
        {results.data && results.data.items.length === 0 && <p className="muted">Nothing in the account matches "{q}".</p>}
        {results.data?.items.map((item, i) => (
          <article key={`${item.type}:${item.name}:${i}`} className="card search-hit">
            <header className="search-hit__head">
              <div>
                <h3>{item.name}</h3>
                <p className="muted">
                  {item.type} · {item.matched}
                </p>
              </div>
              <div className="search-hit__actions">
                {item.number && (
                  <Button size="sm" onClick={() => setFormStart({ number: item.number, zone: item.timezone })}>
                    Trace this number
                  </Button>
                )}
                {item.diagramHref && (
                  <Link className="btn btn--ghost btn--sm" to={item.diagramHref}>
                    Diagram
                  </Link>
                )}
              </div>
            </header>
            <RouteTree root={item.tree} />
          </article>
        ))}
      </section>

      <section aria-labelledby="trace-title" className="explorer-section">
        <h2 id="trace-title">Trace a call</h2>
        <TraceForm key={`${formInitial.number}|${formInitial.zone}|${search.toString()}`} initial={formInitial} onTrace={onTrace} busy={trace.isFetching} />
        {trace.isError && <ErrorState title="The call could not be traced" error={trace.error} />}
        {trace.data && (
          <div aria-busy={trace.isPlaceholderData || undefined}>
            <TraceResult trace={trace.data} />
            <div className="trace-share">
              <a href={shareUrl}>Link to this trace</a>
              <CopyButton value={shareUrl} label="Link to this trace" />
            </div>
          </div>
        )}
      </section>
    </>
  );
}
