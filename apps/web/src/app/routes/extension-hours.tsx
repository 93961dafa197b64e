// /extensions/:extensionId/hours — one extension's business hours, closed-
// hours routing, "Open now?" and holidays. Composes the hours and holidays
// features, the IVR editor's target pickers for the routing, and — for an
// auto receptionist — links to its page and its closed-hours menu. Who may
// change what comes from the policy table (hours: admins; holidays: admins
// and managers); everyone else reads.
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { extensionParamSchema } from '@switchboard/contract/hours';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { calendarQueryOptions } from '@/features/calendar/api/get-calendar';
import { holidaysQueryOptions, useHolidays } from '@/features/holidays/api/get-holidays';
import { HolidaysPanel } from '@/features/holidays/components/holidays-panel';
import { hoursQueryOptions, useHours } from '@/features/hours/api/get-hours';
import { ExtensionHeader } from '@/features/hours/components/extension-header';
import { HoursEditor } from '@/features/hours/components/hours-editor';
import { HoursView } from '@/features/hours/components/hours-view';
import { OpenNowBadge } from '@/features/hours/components/open-now-badge';
import { historyQueryOptions } from '@/features/history/api/get-history';
import { RecentChanges } from '@/features/history/components/recent-changes';
import { TargetField } from '@/features/ivr-editor/components/target-field';
import { whoMay } from '@switchboard/contract/permissions';
import './extension-hours.css';

export function Component() {
  const { extensionId = '' } = useParams();
  if (extensionParamSchema.safeParse({ extensionId }).success) return <HoursPage extensionId={extensionId} />;
  return (
    <>
      <title>No such extension · Switchboard</title>
      <h1>No such extension</h1>
      <p>
        “{extensionId}” is not a Zoom extension id. <Link to={paths.calendar}>Back to the holiday calendar.</Link>
      </p>
    </>
  );
}

function HoursPage({ extensionId }: { extensionId: string }) {
  const hours = useHours(extensionId);
  const holidays = useHolidays(extensionId);
  const ars = useAutoReceptionists();
  const can = useCan();
  const queryClient = useQueryClient();
  const href = paths.extensionHours(extensionId);
  const ar = ars.data?.items.find((a) => a.extensionId === extensionId);
  const closedMenuHref = ar ? paths.autoReceptionistMenu(ar.id, 'closed') : undefined;

  // Everything about the extension (hours, status, holidays) sits under ['extensions', id]; the calendar shows its
  // holidays too, and the history has a new entry.
  const onWritten = () => {
    void queryClient.invalidateQueries({ queryKey: hoursQueryOptions(extensionId).queryKey.slice(0, 2) });
    void queryClient.invalidateQueries({ queryKey: calendarQueryOptions({ from: '', to: '' }).queryKey.slice(0, 1) });
    void queryClient.invalidateQueries({ queryKey: historyQueryOptions(extensionId).queryKey.slice(0, 1) });
  };

  if (hours.isPending) {
    return (
      <div aria-busy="true" className="ext-hours__loading">
        <title>Hours · Switchboard</title>
        <Breadcrumb trail={[{ label: 'Holiday calendar', to: paths.calendar }, { label: 'Loading…' }]} />
        <span className="visually-hidden" role="status">
          Loading the hours…
        </span>
        <Skeleton width="lg" />
        <Skeleton />
        <Skeleton width="md" />
      </div>
    );
  }
  if (hours.isError) {
    return (
      <>
        <title>Hours · Switchboard</title>
        <Breadcrumb trail={[{ label: 'Holiday calendar', to: paths.calendar }, { label: 'Hours' }]} />
        <h1>Hours</h1>
        <ErrorState title="These hours could not be loaded" error={hours.error} onRetry={() => void hours.refetch()} retrying={hours.isFetching} />
      </>
    );
  }

  const { extension } = hours.data;
  return (
    <>
      <title>{`${extension.name}: hours and holidays · Switchboard`}</title>
      <Breadcrumb
        trail={
          ar
            ? [{ label: 'Auto receptionists', to: paths.autoReceptionists }, { label: ar.name, to: paths.autoReceptionist(ar.id) }, { label: 'Hours and holidays' }]
            : [{ label: 'Holiday calendar', to: paths.calendar }, { label: `${extension.name}: hours and holidays` }]
        }
      />
      <ExtensionHeader
        extension={extension}
        status={<OpenNowBadge extensionId={extensionId} />}
        links={
          ar && (
            <Link className="btn btn--secondary btn--sm" to={paths.autoReceptionist(ar.id)}>
              See its menus
            </Link>
          )
        }
      />
      <div className="ext-hours">
        <Card className="ext-hours__card">
          <CardHeader title="Business hours" id="business-hours-title" />
          {can('editHours') ? (
            <HoursEditor
              key={extensionId}
              hours={hours.data}
              reload={() => queryClient.fetchQuery({ ...hoursQueryOptions(extensionId), staleTime: 0 })}
              onWritten={onWritten}
              renderTarget={(props) => <TargetField {...props} />}
              closedMenuHref={closedMenuHref}
              historyHref={paths.historyOf(extensionId)}
              href={href}
            />
          ) : (
            <>
              <HoursView hours={hours.data} closedMenuHref={closedMenuHref} />
              <p className="muted ext-hours__who">{whoMay('editHours')}</p>
            </>
          )}
        </Card>
        <Card className="ext-hours__card">
          <CardHeader title="Holidays" id="holidays-title" />
          {holidays.isPending ? (
            <Skeleton />
          ) : holidays.isError ? (
            <ErrorState title="The holidays could not be loaded" error={holidays.error} onRetry={() => void holidays.refetch()} retrying={holidays.isFetching} />
          ) : (
            <HolidaysPanel
              list={holidays.data}
              canEdit={can('editHolidays')}
              reload={async () => (await queryClient.fetchQuery({ ...holidaysQueryOptions(extensionId), staleTime: 0 })).items}
              onWritten={onWritten}
              href={href}
              historyHref={paths.historyOf(extensionId)}
              {...(ar ? { holidayMenuHref: (h: { id: string }) => paths.autoReceptionistMenu(ar.id, `holiday:${h.id}`) } : {})}
            />
          )}
          {!can('editHolidays') && <p className="muted ext-hours__who">{whoMay('editHolidays')}</p>}
        </Card>
      </div>
      <RecentChanges
        targetId={extensionId}
        historyHref={paths.historyOf(extensionId)}
        menuName={(e) => e.subject}
        allLabel={`All changes to ${extension.name}`}
      />
    </>
  );
}
