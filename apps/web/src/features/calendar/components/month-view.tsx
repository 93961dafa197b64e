// One month across extensions: a Mon–Sun grid of days on a desktop, a list
// of the days someone is closed on a phone. Each day says how many are closed,
// names the open ones when some are, and is marked when siblings (same site)
// differ; choosing a day shows who is closed for what.
import { Link } from 'react-router';
import type { CalendarDay } from '@switchboard/contract/calendar';
import { WEEKDAYS, WEEKDAY_NAMES } from '@switchboard/routing-core/schedule/weekdays';
import { cn } from '@/lib/cn';
import { leadingBlanks } from '../utils/calendar-range';
import { ccClosureWords, closedCount, closedShare, longDate, siblingsDiffer, summarizeDay } from '../utils/day-summary';

interface Props {
  month: string;
  days: readonly CalendarDay[];
  selected: string | null;
  dayHref: (date: string) => string;
}

export function MonthView({ month, days, selected, dayHref }: Props) {
  const inMonth = days.filter((d) => d.date.startsWith(month));
  const quiet = inMonth.filter((d) => d.closed.length === 0 && !ccClosureWords(d)).length;
  return (
    <div className="month-view">
      <div className="month-view__weekdays" aria-hidden="true">
        {WEEKDAYS.map((d) => (
          <span key={d}>{WEEKDAY_NAMES[d].slice(0, 3)}</span>
        ))}
      </div>
      <ol className={cn('month-view__days', `month-view__days--start-${leadingBlanks(month)}`)} aria-label="Days of the month">
        {inMonth.map((day) => {
          const split = siblingsDiffer(day);
          const cc = ccClosureWords(day);
          return (
            <li
              key={day.date}
              className={cn('cal-day', `cal-day--${closedShare(day)}`, split && 'cal-day--split', cc && 'cal-day--cc', selected === day.date && 'is-selected')}
              data-date={day.date}
            >
              <Link to={dayHref(day.date)} className="cal-day__link" aria-current={selected === day.date ? 'date' : undefined} replace>
                <span className="cal-day__date">
                  <span className="cal-day__number" aria-hidden="true">
                    {Number(day.date.slice(8))}
                  </span>
                  <span className="cal-day__long visually-hidden">{longDate(day.date)}</span>
                </span>
                <span className="cal-day__count">{closedCount(day)}</span>
                <span className="cal-day__summary">{summarizeDay(day)}</span>
                {cc && <span className="cal-day__cc">{cc}</span>}
                {split && (
                  <span className="cal-day__split">
                    <span aria-hidden="true">◆ </span>
                    {split}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
      {quiet > 0 && <p className="month-view__quiet muted">The other {quiet} days are not listed: no extension is closed for a holiday on them.</p>}
    </div>
  );
}
