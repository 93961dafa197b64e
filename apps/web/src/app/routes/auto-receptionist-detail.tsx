import { Link, useParams, useSearchParams } from 'react-router';
import { idParamSchema } from '@switchboard/contract/auto-receptionists';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-client';
import { formatRangeInZone } from '@/lib/dates';
import { parseMenuPart } from '@/lib/menu-part';
import { useSession } from '@/features/auth/api/get-session';
import { useAutoReceptionist } from '@/features/auto-receptionists/api/get-auto-receptionist';
import { InvalidAutoReceptionistId } from '@/features/auto-receptionists/components/invalid-auto-receptionist-id';
import { AutoReceptionistHeader } from '@/features/auto-receptionists/components/auto-receptionist-header';
import { MenuNav } from '@/features/auto-receptionists/components/menu-nav';
import { ivrParams, menuParam, menuTitle, parseMenuSelection, unknownHolidayParam } from '@/features/auto-receptionists/utils/menu-selection';
import { UnknownHolidayBanner } from '@/features/auto-receptionists/components/unknown-holiday-banner';
import { InterruptedChangeBanner } from '@/features/history/components/interrupted-change-banner';
import { RecentChanges } from '@/features/history/components/recent-changes';
import { IvrMenuPanel } from '@/features/ivr/components/ivr-menu-panel';
import './auto-receptionist-detail.css';

export function Component() {
  const { id = '' } = useParams();
  if (idParamSchema.safeParse({ id }).success) return <Detail id={id} />;
  return (
    <>
      <ArBreadcrumb current="Not found" />
      <InvalidAutoReceptionistId id={id} />
    </>
  );
}

function ArBreadcrumb({ current }: { current: string }) {
  return <Breadcrumb trail={[{ label: 'Auto receptionists', to: paths.autoReceptionists }, { label: current }]} />;
}

function Detail({ id }: { id: string }) {
  const ar = useAutoReceptionist(id);
  const [params] = useSearchParams();
  const isAdmin = useSession().data?.role === 'admin';

  if (ar.isPending) {
    return (
      <div aria-busy="true" className="ar-detail__loading">
        <ArBreadcrumb current="Loading…" />
        <span className="visually-hidden" role="status">
          Loading the auto receptionist…
        </span>
        <Skeleton width="lg" />
        <Skeleton width="md" />
      </div>
    );
  }
  if (ar.isError) {
    const missing = ar.error instanceof ApiError && ar.error.status === 404;
    return (
      <>
        <title>Auto receptionist · Switchboard</title>
        <ArBreadcrumb current="Auto receptionist" />
        <h1>{missing ? 'No such auto receptionist' : 'Auto receptionist'}</h1>
        <ErrorState
          title={missing ? 'This auto receptionist does not exist' : 'This auto receptionist could not be loaded'}
          error={ar.error}
          onRetry={() => void ar.refetch()}
          retrying={ar.isFetching}
        >
          <Link className="btn btn--secondary" to={paths.autoReceptionists}>
            Back to auto receptionists
          </Link>
        </ErrorState>
      </>
    );
  }

  const detail = ar.data;
  const selection = parseMenuSelection(params.get('menu'), detail.holidays);
  const zone = detail.timezone ?? 'UTC';
  const subtitle =
    selection.kind === 'holiday'
      ? `${formatRangeInZone(selection.holiday.from, selection.holiday.to, detail.timezone)} (${zone})`
      : selection.kind === 'business'
        ? 'What callers hear while the auto receptionist is open.'
        : 'What callers hear outside business hours.';

  return (
    <>
      <title>{`${detail.name} · Switchboard`}</title>
      <ArBreadcrumb current={detail.name} />
      <AutoReceptionistHeader ar={detail} />
      <UnknownHolidayBanner id={unknownHolidayParam(params.get('menu'), detail.holidays)} />
      <InterruptedChangeBanner
        targetId={detail.id}
        reviewHref={(scope) =>
          `${paths.autoReceptionist(detail.id)}?menu=${menuParam(scope.holidayId ? { kind: 'holiday', holidayId: scope.holidayId } : { kind: scope.hours })}`
        }
        menuName={(scope) => {
          const holiday = scope.holidayId ? detail.holidays.find((h) => h.id === scope.holidayId) : undefined;
          return scope.holidayId ? `the ${holiday?.name ?? 'holiday'} menu` : `the ${scope.hours} hours menu`;
        }}
      />
      <div className="ar-detail__links">
        {isAdmin && (
          <Link
            className="btn btn--primary btn--sm"
            to={paths.autoReceptionistEditor(
              detail.id,
              menuParam(selection.kind === 'holiday' ? { kind: 'holiday', holidayId: selection.holiday.id } : selection),
            )}
          >
            Edit menu
          </Link>
        )}
        <Link
          className="btn btn--secondary btn--sm"
          to={paths.autoReceptionistDiagram(
            detail.id,
            selection.kind === 'closed' ? 'closed' : 'business',
            selection.kind === 'holiday' ? selection.holiday.id : undefined,
          )}
        >
          Routing diagram
        </Link>
        {isAdmin &&
          (selection.kind === 'holiday' ? (
            <span className="muted">Holiday menus cannot be copied: each auto receptionist has its own holidays.</span>
          ) : (
            <Link className="btn btn--secondary btn--sm" to={paths.autoReceptionistCopy(detail.id, selection.kind)}>
              Copy this menu to…
            </Link>
          ))}
      </div>
      <div className="ar-detail__body">
        <MenuNav holidays={detail.holidays} timezone={detail.timezone} selected={selection} />
        <Card className="ar-detail__panel">
          <IvrMenuPanel
            key={selection.kind === 'holiday' ? selection.holiday.id : selection.kind}
            params={{ autoReceptionistId: detail.id, ...ivrParams(selection) }}
            title={menuTitle(selection)}
            subtitle={subtitle}
            highlight={parseMenuPart(params)}
          />
        </Card>
      </div>
      <RecentChanges
        targetId={detail.id}
        historyHref={paths.historyOf(detail.id)}
        menuName={(e) =>
          e.kind !== 'ivr'
            ? e.subject
            : e.scope.holidayId
              ? `${detail.holidays.find((h) => h.id === e.scope.holidayId)?.name ?? 'holiday'} menu`
              : `${e.scope.hours} hours menu`
        }
      />
    </>
  );
}
