// /contact-center/hours/business/:id — one business-hours set: its week in its
// zone, the queues and flows using it; admins change it (plan → review → apply).
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { whoMay } from '@switchboard/contract/permissions';
import { paths } from '@/config/paths';
import { Badge } from '@/components/ui/badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { WeekView } from '@/components/schedule/week-strip';
import { useCan } from '@/features/auth/hooks/use-can';
import { UsedByList } from '@/components/ui/used-by-list';
import { businessHoursQueryOptions, useBusinessHours } from '@/features/cc-hours/api/get-business-hours';
import { CC_HOURS_KEY } from '@/features/cc-hours/api/hours-paths';
import { BusinessHoursEditor } from '@/features/cc-hours/components/business-hours-editor';
import { historyQueryOptions } from '@/features/history/api/get-history';
import { RecentChanges } from '@/features/history/components/recent-changes';
import { CcSectionNav } from '../layout/cc-section-nav';
import '@/features/cc-hours/components/cc-hours.css';

export function Component() {
  const { id = '' } = useParams();
  const hours = useBusinessHours(id);
  const can = useCan();
  const queryClient = useQueryClient();
  const trail = (name: string) => [{ label: 'Operating hours', to: paths.ccHours }, { label: name }];
  if (hours.isPending) {
    return (
      <div aria-busy="true" className="page-loading">
        <title>Business hours · Switchboard</title>
        <CcSectionNav />
        <span className="visually-hidden" role="status">
          Loading the business hours…
        </span>
        <Skeleton width="lg" />
        <Skeleton />
      </div>
    );
  }
  if (hours.isError) {
    return (
      <>
        <title>Business hours · Switchboard</title>
        <CcSectionNav />
        <Breadcrumb trail={trail('Business hours')} />
        <h1>Business hours</h1>
        <ErrorState title="These business hours could not be loaded" error={hours.error} onRetry={() => void hours.refetch()} retrying={hours.isFetching} />
      </>
    );
  }
  const b = hours.data.businessHours;
  return (
    <>
      <title>{`${b.name} · Business hours · Switchboard`}</title>
      <CcSectionNav />
      <Breadcrumb trail={trail(b.name)} />
      <div className="page-header">
        <h1>{b.name}</h1>
        <p className="page-header__lede">
          Business hours in {b.timezone} {b.accountDefault && <Badge tone="info">Account default</Badge>} {b.description}
        </p>
      </div>
      <div className="cc-stack">
        <Card className="cc-card">
          <CardHeader title="The week" />
          {can('editContactCenter') ? (
            <BusinessHoursEditor
              key={id}
              data={hours.data}
              reload={() => queryClient.fetchQuery({ ...businessHoursQueryOptions(id), staleTime: 0 })}
              onWritten={() => {
                void queryClient.invalidateQueries({ queryKey: CC_HOURS_KEY });
                void queryClient.invalidateQueries({ queryKey: historyQueryOptions(id).queryKey.slice(0, 1) });
              }}
              href={paths.ccBusinessHours(id)}
              historyHref={paths.historyOf(id)}
            />
          ) : (
            <>
              <WeekView schedule={b.schedule} zoneWords="the time zone of these business hours" />
              <p className="muted">{whoMay('editContactCenter')}</p>
            </>
          )}
        </Card>
        <Card className="cc-card">
          <CardHeader title="Used by" />
          <UsedByList usedBy={hours.data.usedBy} what="these business hours" />
        </Card>
      </div>
      <RecentChanges targetId={id} historyHref={paths.historyOf(id)} menuName={(e) => e.subject} allLabel={`All changes to ${b.name}`} />
    </>
  );
}
