// /calendar?month=2026-12 | ?year=2026 [&day=…&site=…&type=…] — the holiday
// calendar across extensions: who is closed for a holiday each day and who is
// not, sibling differences marked, exports; for people who may, the way to
// add a holiday to many extensions at once.
import { Link, useSearchParams } from 'react-router';
import { extensionTypeSchema } from '@switchboard/contract/hours';
import { instantToLocal } from '@switchboard/routing-core/schedule/zone-time';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useCan } from '@/features/auth/hooks/use-can';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { useCalendar } from '@/features/calendar/api/get-calendar';
import { CalendarToolbar, type CalendarFilters } from '@/features/calendar/components/calendar-toolbar';
import { DayDetails } from '@/features/calendar/components/day-details';
import { MonthView } from '@/features/calendar/components/month-view';
import { YearView } from '@/features/calendar/components/year-view';
import { parseView, viewRange, type CalendarView } from '@/features/calendar/utils/calendar-range';
import '@/features/calendar/components/calendar.css';

export function Component() {
  const [search, setSearch] = useSearchParams();
  const today = instantToLocal(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC').slice(0, 10);
  const view = parseView(search, today);
  const typeParsed = extensionTypeSchema.safeParse(search.get('type'));
  const filters: CalendarFilters = { site: search.get('site') ?? '', type: typeParsed.success ? typeParsed.data : '' };
  const range = viewRange(view);
  const query = { ...range, ...(filters.site ? { site: filters.site } : {}), ...(filters.type ? { type: filters.type } : {}) };
  const calendar = useCalendar(query);
  const sites = useAutoReceptionists().data?.sites ?? [];
  const can = useCan();
  const selected = search.get('day') ?? (view.kind === 'month' && today.startsWith(view.month) ? today : null);
  const keep = { ...(filters.site ? { site: filters.site } : {}), ...(filters.type ? { type: filters.type } : {}) };
  const viewHref = (v: CalendarView) => paths.calendarView({ ...(v.kind === 'month' ? { month: v.month } : { year: v.year }), ...keep });
  const dayHref = (date: string) => paths.calendarView({ month: date.slice(0, 7), day: date, ...keep });
  const exportHref = (format: 'ics' | 'csv') => `/api/calendar.${format}?${new URLSearchParams(query).toString()}`;
  const selectedDay = calendar.data?.days.find((d) => d.date === selected);

  return (
    <>
      <title>Holiday calendar · Switchboard</title>
      <div className="page-header page-header--with-actions">
        <div>
          <h1>Holiday calendar</h1>
          <p className="page-header__lede">
            Who is closed for a holiday each day, and who is not. Each extension is judged on the clock of its own time zone; days where
            extensions of the same site differ are marked.
          </p>
        </div>
        {can.job('add-holiday') && (
          <Link className="btn btn--primary" to={`${paths.bulkHoliday}?${new URLSearchParams(keep).toString()}`}>
            Add a holiday to many extensions
          </Link>
        )}
      </div>
      <CalendarToolbar
        view={view}
        filters={filters}
        sites={sites}
        viewHref={viewHref}
        exportHref={exportHref}
        onFilter={(key, value) =>
          setSearch(
            (prev) => {
              const p = new URLSearchParams(prev);
              if (value) p.set(key, value);
              else p.delete(key);
              return p;
            },
            { replace: true },
          )
        }
      />
      {calendar.isError ? (
        <ErrorState title="The calendar could not be loaded" error={calendar.error} onRetry={() => void calendar.refetch()} retrying={calendar.isFetching} />
      ) : !calendar.data ? (
        <div aria-busy="true" className="page-loading">
          <span className="visually-hidden" role="status">
            Loading the calendar…
          </span>
          <Skeleton width="lg" />
          <Skeleton />
          <Skeleton />
        </div>
      ) : (
        <div aria-busy={calendar.isPlaceholderData || undefined}>
          {view.kind === 'month' ? (
            <>
              <MonthView month={view.month} days={calendar.data.days} selected={selected} dayHref={dayHref} />
              {selectedDay ? (
                <DayDetails day={selectedDay} extensions={calendar.data.extensions} extensionHref={paths.extensionHours} closureSetHref={paths.ccClosureSet} />
              ) : (
                <p className="muted">Choose a day to see who is closed, for which holiday, and who is open.</p>
              )}
            </>
          ) : (
            <YearView year={view.year} days={calendar.data.days} dayHref={dayHref} monthHref={(month) => viewHref({ kind: 'month', month })} />
          )}
        </div>
      )}
    </>
  );
}
