// A year across extensions: twelve small months, each day coloured by how
// many are closed (none, some, all) and marked when siblings differ; each day
// leads to its month with the day open. The colours have words: every day
// link names its summary.
import { Link } from 'react-router';
import type { CalendarDay } from '@switchboard/contract/calendar';
import { WEEKDAYS, WEEKDAY_NAMES } from '@switchboard/routing-core/schedule/weekdays';
import { cn } from '@/lib/cn';
import { leadingBlanks, monthsOf } from '../utils/calendar-range';
import { ccClosureWords, closedShare, monthName, siblingsDiffer, summarizeDay } from '../utils/day-summary';

interface Props {
  year: string;
  days: readonly CalendarDay[];
  dayHref: (date: string) => string;
  monthHref: (month: string) => string;
}

export function YearView({ year, days, dayHref, monthHref }: Props) {
  const byMonth = new Map<string, CalendarDay[]>();
  for (const d of days) byMonth.set(d.date.slice(0, 7), [...(byMonth.get(d.date.slice(0, 7)) ?? []), d]);
  return (
    <div className="year-view">
      <p className="year-view__legend">
        <span className="year-view__key cal-mini--some" aria-hidden="true" /> some closed
        <span className="year-view__key cal-mini--all" aria-hidden="true" /> all closed
        <span className="year-view__key year-view__key--split" aria-hidden="true" /> siblings differ
        <span className="year-view__key year-view__key--cc" aria-hidden="true" /> Contact Center closure
      </p>
      <div className="year-view__months">
        {monthsOf(year).map((month) => {
          const list = byMonth.get(month) ?? [];
          const closedDays = list.filter((d) => d.closed.length > 0).length;
          return (
            <section key={month} className="year-month" aria-labelledby={`m-${month}`}>
              <h3 className="year-month__title" id={`m-${month}`}>
                <Link to={monthHref(month)}>{monthName(month)}</Link>
                <span className="year-month__count muted">
                  {closedDays === 0 ? 'no holidays' : `${closedDays} day${closedDays === 1 ? '' : 's'} with holidays`}
                </span>
              </h3>
              <div className="year-month__weekdays" aria-hidden="true">
                {WEEKDAYS.map((d) => (
                  <span key={d}>{WEEKDAY_NAMES[d].slice(0, 1)}</span>
                ))}
              </div>
              <ol className={cn('year-month__days', `month-view__days--start-${leadingBlanks(month)}`)}>
                {list.map((day) => (
                  <li
                    key={day.date}
                    className={cn('cal-mini', `cal-mini--${closedShare(day)}`, siblingsDiffer(day) && 'cal-mini--split', ccClosureWords(day) && 'cal-mini--cc')}
                    data-date={day.date}
                  >
                    {day.closed.length > 0 || ccClosureWords(day) ? (
                      <Link to={dayHref(day.date)} aria-label={[summarizeDay(day), siblingsDiffer(day), ccClosureWords(day)].filter(Boolean).join('. ')}>
                        {Number(day.date.slice(8))}
                      </Link>
                    ) : (
                      <span>{Number(day.date.slice(8))}</span>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </div>
  );
}
