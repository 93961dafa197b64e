// The dates a calendar view covers, on the plain calendar (no zone: each
// extension is judged on its own wall clock by the BFF): a month, a year, the
// month before and after, and where a month's first day falls in a Mon–Sun week.
import { weekdayOfDate } from '@switchboard/routing-core/schedule/calendar';
import { WEEKDAYS } from '@switchboard/routing-core/schedule/weekdays';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR_RE = /^\d{4}$/;

export type CalendarView = { kind: 'month'; month: string } | { kind: 'year'; year: string };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "2026-12" → 1 to 31 December 2026. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${String(daysIn(y, m)).padStart(2, '0')}` };
}

export const yearRange = (year: string) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

export const viewRange = (v: CalendarView) => (v.kind === 'month' ? monthRange(v.month) : yearRange(v.year));

/** "2026-12" ± n months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The view the address asks for (`?month=2026-12` or `?year=2026`), else this month. */
export function parseView(search: URLSearchParams, today: string): CalendarView {
  const year = search.get('year');
  const month = search.get('month');
  if (month && MONTH_RE.test(month)) return { kind: 'month', month };
  if (year && YEAR_RE.test(year)) return { kind: 'year', year };
  return { kind: 'month', month: today.slice(0, 7) };
}

/** 0 for a month starting on a Monday … 6 for one starting on a Sunday. */
export const leadingBlanks = (month: string): number => WEEKDAYS.indexOf(weekdayOfDate(`${month}-01`));

/** Every month of a year, "2026-01" … "2026-12". */
export const monthsOf = (year: string) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
