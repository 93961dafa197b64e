// /contact-center/hours/closures/:id — one closure set: its closures on the
// set's clock and how each repeats, the coming closures, the queues and flows
// using it; admins change it (plan → review → apply).
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { whoMay } from '@switchboard/contract/permissions';
import { instantToLocal } from '@switchboard/routing-core/schedule/zone-time';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { UsedByList } from '@/components/ui/used-by-list';
import { useCan } from '@/features/auth/hooks/use-can';
import { closureSetQueryOptions, useClosureSet } from '@/features/cc-hours/api/get-closure-set';
import { CC_HOURS_KEY } from '@/features/cc-hours/api/hours-paths';
import { ClosureList } from '@/features/cc-hours/components/closure-list';
import { ClosureSetEditor } from '@/features/cc-hours/components/closure-set-editor';
import { NextOccurrences } from '@/features/cc-hours/components/next-occurrences';
import { historyQueryOptions } from '@/features/history/api/get-history';
import { RecentChanges } from '@/features/history/components/recent-changes';
import { CcSectionNav } from '../layout/cc-section-nav';
import '@/features/cc-hours/components/cc-hours.css';

export function Component() {
  const { id = '' } = useParams();
  const set = useClosureSet(id);
  const can = useCan();
  const queryClient = useQueryClient();
  const trail = (name: string) => [{ label: 'Operating hours', to: paths.ccHours }, { label: name }];
  if (set.isPending) {
    return (
      <div aria-busy="true" className="page-loading">
        <title>Closure set · Switchboard</title>
        <CcSectionNav />
        <span className="visually-hidden" role="status">
          Loading the closure set…
        </span>
        <Skeleton width="lg" />
        <Skeleton />
      </div>
    );
  }
  if (set.isError) {
    return (
      <>
        <title>Closure set · Switchboard</title>
        <CcSectionNav />
        <Breadcrumb trail={trail('Closure set')} />
        <h1>Closure set</h1>
        <ErrorState title="This closure set could not be loaded" error={set.error} onRetry={() => void set.refetch()} retrying={set.isFetching} />
      </>
    );
  }
  const s = set.data.closureSet;
  const today = instantToLocal(new Date().toISOString(), s.timezone).slice(0, 10);
  return (
    <>
      <title>{`${s.name} · Closure set · Switchboard`}</title>
      <CcSectionNav />
      <Breadcrumb trail={trail(s.name)} />
      <div className="page-header">
        <h1>{s.name}</h1>
        <p className="page-header__lede">
          Closures in {s.timezone} {s.accountDefault && <Badge tone="info">Account default</Badge>} {s.description}
        </p>
      </div>
      <div className="cc-set-page">
        <Card className="cc-card">
          <CardHeader title="Closures" />
          {can('editContactCenter') ? (
            <ClosureSetEditor
              key={id}
              data={set.data}
              today={today}
              reload={() => queryClient.fetchQuery({ ...closureSetQueryOptions(id), staleTime: 0 })}
              onWritten={() => {
                void queryClient.invalidateQueries({ queryKey: CC_HOURS_KEY });
                void queryClient.invalidateQueries({ queryKey: ['calendar'] });
                void queryClient.invalidateQueries({ queryKey: historyQueryOptions(id).queryKey.slice(0, 1) });
              }}
              href={paths.ccClosureSet(id)}
              historyHref={paths.historyOf(id)}
            />
          ) : (
            <>
              <ClosureList closures={s.closures} timezone={s.timezone} />
              <p className="muted">{whoMay('editContactCenter')}</p>
            </>
          )}
        </Card>
        <div className="cc-set-page__side">
          <Card className="cc-card">
            <CardHeader title="Coming closures" />
            <NextOccurrences closureSetId={id} today={today} />
          </Card>
          <Card className="cc-card">
            <CardHeader title="Used by" />
            <UsedByList usedBy={set.data.usedBy} what="this closure set" />
          </Card>
        </div>
      </div>
      <RecentChanges targetId={id} historyHref={paths.historyOf(id)} menuName={(e) => e.subject} allLabel={`All changes to ${s.name}`} />
    </>
  );
}
