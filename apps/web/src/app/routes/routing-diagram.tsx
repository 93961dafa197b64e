// /auto-receptionists/:id/diagram?hours=business|closed | ?holiday=<id>, &expand=<arId,…>
// Loaded lazily: @xyflow/react stays out of the first page's bundle. Composes
// the session (what a click may lead to), the auto receptionist (name,
// holidays), the menus (ivr feature), the drawing (routing-diagram feature)
// and a call queue's members (call-queues feature).
import { useCallback, useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { idParamSchema } from '@switchboard/contract/auto-receptionists';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { paths } from '@/config/paths';
import { Banner } from '@/components/ui/banner';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError, errorMessage } from '@/lib/api-client';
import { formatRangeInZone } from '@/lib/dates';
import { useSession } from '@/features/auth/api/get-session';
import { useAutoReceptionist } from '@/features/auto-receptionists/api/get-auto-receptionist';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { InvalidAutoReceptionistId } from '@/features/auto-receptionists/components/invalid-auto-receptionist-id';
import { ivrMenuQueryOptions } from '@/features/ivr/api/get-ivr-menu';
import { RoutingDiagram } from '@/features/routing-diagram/components/routing-diagram';
import { ViewPicker, type DiagramView } from '@/features/routing-diagram/components/view-picker';
import { QueueMembersByExtension } from './routing-diagram-queue';

const isId = (s: string) => idParamSchema.safeParse({ id: s }).success;

export function Component() {
  const { id = '' } = useParams();
  if (isId(id)) return <DiagramPage id={id} />;
  return <InvalidAutoReceptionistId id={id} />;
}

function DiagramBreadcrumb({ id, name }: { id: string; name: string }) {
  return (
    <Breadcrumb
      trail={[
        { label: 'Auto receptionists', to: paths.autoReceptionists },
        { label: name, to: paths.autoReceptionist(id) },
        { label: 'Routing diagram' },
      ]}
    />
  );
}

function parseView(params: URLSearchParams): DiagramView {
  const holidayId = params.get('holiday');
  if (holidayId && isId(holidayId)) return { kind: 'holiday', holidayId };
  return params.get('hours') === 'closed' ? { kind: 'closed' } : { kind: 'business' };
}

const renderQueue = (extensionId: string) => <QueueMembersByExtension extensionId={extensionId} />;

function DiagramPage({ id }: { id: string }) {
  const [params, setParams] = useSearchParams();
  const view = parseView(params);
  // A holiday menu is the root's own; other auto receptionists a key leads to keep their own hours and
  // holidays, so they are drawn with their business-hours menus.
  const hours: Hours = view.kind === 'closed' ? 'closed' : 'business';
  const holidayId = view.kind === 'holiday' ? view.holidayId : undefined;
  const rootMenu = view.kind === 'holiday' ? `holiday:${view.holidayId}` : view.kind;
  const expandParam = params.get('expand') ?? '';
  const expanded = useMemo(() => [...new Set(expandParam.split(',').filter((x) => x && x !== id && isId(x)))], [expandParam, id]);
  const canEdit = useSession().data?.role === 'admin';

  const ar = useAutoReceptionist(id);
  const list = useAutoReceptionists();
  const menuQueries = useQueries({
    queries: [
      ivrMenuQueryOptions({ autoReceptionistId: id, hours, ...(holidayId ? { holidayId } : {}) }),
      ...expanded.map((arId) => ivrMenuQueryOptions({ autoReceptionistId: arId, hours })),
    ],
  });

  const dataKey = menuQueries.map((q) => q.dataUpdatedAt).join(',');
  const menus = useMemo(() => {
    const out: Record<string, Menu> = {};
    [id, ...expanded].forEach((arId, i) => {
      const data = menuQueries[i]?.data;
      if (data) out[arId] = data.menu;
    });
    return out;
    // menuQueries is a new array every render; dataKey says when its data changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey, id, expanded]);
  const loading = useMemo(
    () => new Set(expanded.filter((_, i) => menuQueries[i + 1]?.isPending)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [expanded, menuQueries.map((q) => q.status).join(',')],
  );
  const failed = expanded
    .map((arId, i) => ({ arId, error: menuQueries[i + 1]?.error }))
    .filter((f): f is { arId: string; error: Error } => Boolean(f.error));

  const setExpanded = useCallback(
    (next: string[]) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next.length) p.set('expand', next.join(','));
          else p.delete('expand');
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  const expand = useCallback((arId: string) => setExpanded([...expanded, arId]), [expanded, setExpanded]);
  const collapse = useCallback((arId: string) => setExpanded(expanded.filter((x) => x !== arId)), [expanded, setExpanded]);

  const input = useMemo(
    () => ({ rootArId: id, hours, ...(holidayId ? { holidayId } : {}), ars: list.data?.items ?? [], menus, expanded }),
    [id, hours, holidayId, list.data, menus, expanded],
  );

  const root = menuQueries[0]!;
  const name = ar.data?.name ?? 'Auto receptionist';
  const hrefFor = (v: DiagramView) => {
    const p = new URLSearchParams(params);
    p.delete('hours');
    p.delete('holiday');
    if (v.kind === 'holiday') p.set('holiday', v.holidayId);
    else p.set('hours', v.kind);
    return `${paths.autoReceptionistDiagram(id)}?${p.toString()}`;
  };
  const nameOf = (arId: string) => list.data?.items.find((a) => a.id === arId)?.name ?? 'an auto receptionist';
  const holiday = holidayId ? ar.data?.holidays.find((h) => h.id === holidayId) : undefined;

  if (ar.isError) {
    const missing = ar.error instanceof ApiError && ar.error.status === 404;
    return (
      <>
        <title>Routing diagram · Switchboard</title>
        <h1>{missing ? 'No such auto receptionist' : 'Routing diagram'}</h1>
        <ErrorState error={ar.error} onRetry={() => void ar.refetch()} retrying={ar.isFetching}>
          <Link className="btn btn--secondary" to={paths.autoReceptionists}>
            Back to auto receptionists
          </Link>
        </ErrorState>
      </>
    );
  }

  return (
    <>
      <title>{`Routing diagram: ${name} · Switchboard`}</title>
      <DiagramBreadcrumb id={id} name={name} />
      <div className="page-header page-header--with-actions">
        <div>
          <h1>Routing diagram: {ar.data ? name : '…'}</h1>
          <p className="page-header__lede">Where a call goes from the greeting, key by key.</p>
        </div>
        {ar.data && <ViewPicker holidays={ar.data.holidays} timezone={ar.data.timezone} view={view} hrefFor={hrefFor} />}
      </div>
      {holidayId && ar.data && (
        <p className="routing-diagram-page__view">
          {holiday ? (
            <>
              Drawn: the <strong>{holiday.name}</strong> menu ({formatRangeInZone(holiday.from, holiday.to, ar.data.timezone)}).{' '}
            </>
          ) : null}
          Auto receptionists a key leads to follow their own hours and holidays: their business-hours menus are drawn.
        </p>
      )}
      {failed.map((f) => (
        <Banner key={f.arId} tone="danger" live>
          The menu of {nameOf(f.arId)} could not be loaded: {errorMessage(f.error)}{' '}
          <button type="button" className="btn btn--sm btn--ghost" onClick={() => collapse(f.arId)}>
            Dismiss
          </button>
        </Banner>
      ))}
      {root.isError ? (
        <ErrorState title="This menu could not be loaded" error={root.error} onRetry={() => void root.refetch()} retrying={root.isFetching} />
      ) : root.isPending || list.isPending ? (
        <div className="page-loading" aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading the routing…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
          <Skeleton width="md" />
        </div>
      ) : list.isError ? (
        <ErrorState title="Auto receptionists could not be loaded" error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : (
        <RoutingDiagram
          // Another menu is another drawing: its view starts again at the start.
          key={rootMenu}
          input={input}
          loading={loading}
          canEdit={canEdit}
          rootMenu={rootMenu}
          renderQueue={renderQueue}
          expand={expand}
          collapse={collapse}
        />
      )}
    </>
  );
}
