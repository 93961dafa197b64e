// /calendar/add-holiday[?type=…&site=…&ids=a,b] — add one holiday (or a set) to
// many extensions as background jobs: the extensions come from the holiday
// calendar (with their sites and zones), the job page follows each one.
import { useNavigate, useSearchParams } from 'react-router';
import { extensionTypeSchema } from '@switchboard/contract/hours';
import { instantToLocal } from '@switchboard/routing-core/schedule/zone-time';
import { paths } from '@/config/paths';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorState } from '@/components/ui/error-state';
import { SegmentedLinks } from '@/components/ui/segmented-links';
import { Skeleton } from '@/components/ui/skeleton';
import { EXTENSION_TYPE_PLURAL } from '@/lib/extension-words';
import { useCan } from '@/features/auth/hooks/use-can';
import { NotAllowed } from '@/features/auth/components/not-allowed';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { BulkHoliday } from '@/features/bulk-holidays/components/bulk-holiday';
import { useCalendar } from '@/features/calendar/api/get-calendar';

export function Component() {
  const can = useCan();
  return (
    <>
      <title>Add a holiday to many extensions · Switchboard</title>
      <Breadcrumb trail={[{ label: 'Holiday calendar', to: paths.calendar }, { label: 'Add a holiday to many extensions' }]} />
      <div className="page-header">
        <h1>Add a holiday to many extensions</h1>
        <p className="page-header__lede">
          Choose the extensions, enter the holiday, and start: it runs in the background, and each extension is written, read back from Zoom
          and reported as landed or not. An extension that already has a holiday on those days is left as it is, and says so.
        </p>
      </div>
      {can.job('add-holiday') ? <BulkPage /> : <NotAllowed permission="editHolidays" />}
    </>
  );
}

function BulkPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const now = new Date().toISOString();
  const today = instantToLocal(now, Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC').slice(0, 10);
  const type = extensionTypeSchema.safeParse(search.get('type'));
  const users = type.success && type.data === 'user';
  // Users only when asked for (there are many); otherwise auto receptionists, call queues and shared line groups.
  const calendar = useCalendar({ from: today, to: today, ...(users ? { type: 'user' as const } : {}) });
  const sites = useAutoReceptionists().data?.sites ?? [];
  const kindHref = (t: string) => {
    const p = new URLSearchParams(search);
    if (t) p.set('type', t);
    else p.delete('type');
    return `${paths.bulkHoliday}?${p.toString()}`;
  };

  return (
    <>
      <SegmentedLinks
        label="Kind of extension"
        links={[
          { to: kindHref(''), label: 'Auto receptionists, call queues, shared line groups', current: !users },
          { to: kindHref('user'), label: EXTENSION_TYPE_PLURAL.user, current: users },
        ]}
      />
      {calendar.isError ? (
        <ErrorState title="The extensions could not be loaded" error={calendar.error} onRetry={() => void calendar.refetch()} retrying={calendar.isFetching} />
      ) : !calendar.data || calendar.isPlaceholderData ? (
        <div aria-busy="true" className="page-loading">
          <span className="visually-hidden" role="status">
            Loading the extensions…
          </span>
          <Skeleton />
          <Skeleton />
        </div>
      ) : (
        <BulkHoliday
          key={users ? 'users' : 'others'}
          extensions={calendar.data.extensions}
          sites={sites}
          initialIds={(search.get('ids') ?? '').split(',').filter(Boolean)}
          initialSite={search.get('site') ?? ''}
          initialType={type.success ? type.data : ''}
          today={today}
          now={now}
          onStarted={(ids) => void navigate(ids.length === 1 ? paths.job(ids[0]!) : paths.jobs)}
        />
      )}
    </>
  );
}
