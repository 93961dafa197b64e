// Closures in words, for plans, history and verify mismatches:
// "Fri 25 Dec 2026, every year", "Mon 4 Jan 2027 09:00–12:00, every 2 weeks on Monday and Friday".
import type { Closure, Recurrence } from './closures';
import { describeHolidaySpan } from './holiday-rules';
import { WEEKDAY_NAMES } from './weekdays';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export function describeRecurrence(r: Recurrence): string {
  switch (r.frequency) {
    case 'never':
      return 'once';
    case 'yearly':
      return r.pattern === 'as_start' ? 'every year' : `every year on the ${r.week} ${WEEKDAY_NAMES[r.weekday]} of ${MONTHS[r.month - 1]}`;
    case 'monthly':
      return r.pattern === 'as_start' ? 'every month' : `every month on the ${r.week} ${WEEKDAY_NAMES[r.weekday]}`;
    case 'weekly':
      return `${r.everyWeeks === 1 ? 'every week' : `every ${r.everyWeeks} weeks`} on ${list(r.weekdays.map((d) => WEEKDAY_NAMES[d]))}`;
  }
}

/** The closure's first span (all day or times) and how it recurs. */
export function describeClosure(c: Pick<Closure, 'start' | 'end' | 'allDay' | 'recurrence'>): string {
  const span = c.allDay ? describeHolidaySpan({ start: c.start.slice(0, 10) + 'T00:00', end: c.end.slice(0, 10) + 'T23:59' }) : describeHolidaySpan(c);
  return `${span}${c.allDay ? ' (all day)' : ''}, ${describeRecurrence(c.recurrence)}`;
}
