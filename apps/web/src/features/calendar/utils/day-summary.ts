// A day of the holiday calendar in words: "25 Dec: 9 of 12 closed — open:
// Sales AU, Billing and 1 more", whether sibling extensions (same site)
// differ that day, and the date as people read it.
import type { CalendarDay } from '@switchboard/contract/calendar';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const at = (date: string) => new Date(`${date}T00:00:00Z`);
/** "25 Dec" */
export const shortDate = (date: string) => DAY.format(at(date));
/** "Friday 25 December 2026" */
export const longDate = (date: string) => LONG.format(at(date));
/** "December 2026" */
export const monthName = (month: string) => MONTH.format(at(`${month}-01`));

/** "Sales AU, Billing and 3 more" — the first names, then how many more. */
export function someNames(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

/** How many are closed: "9 of 12 closed", "All 12 open", "All 12 closed". */
export function closedCount(day: CalendarDay): string {
  const total = day.closed.length + day.open.length;
  if (total === 0) return 'No extensions';
  if (day.closed.length === 0) return `All ${total} open`;
  if (day.open.length === 0) return `All ${total} closed`;
  return `${day.closed.length} of ${total} closed`;
}

/** The whole day in one sentence: who is closed and who is not. */
export function summarizeDay(day: CalendarDay): string {
  const head = `${shortDate(day.date)}: ${closedCount(day)}`;
  if (day.closed.length === 0 || day.open.length === 0) return head;
  return `${head} — open: ${someNames(day.open.map((e) => e.name))}`;
}

/** Sibling extensions (same site) differ: "Siblings differ in Sydney and London". */
export function siblingsDiffer(day: CalendarDay): string | null {
  if (day.sitesSplit.length === 0) return null;
  return `Siblings differ in ${someNames(day.sitesSplit.map((s) => s.name), 2)}`;
}

/** How closed a day is, for its colour: none, some, all. */
export function closedShare(day: CalendarDay): 'none' | 'some' | 'all' {
  if (day.closed.length === 0) return 'none';
  return day.open.length === 0 ? 'all' : 'some';
}

/** Contact Center closures that touch the day (none when the calendar did not include them). */
export const ccClosuresOf = (day: CalendarDay) => day.ccClosures ?? [];

/** "Contact Center closed: Christmas Day (Holidays AU)" — or null when no closure touches the day. */
export function ccClosureWords(day: CalendarDay): string | null {
  const list = ccClosuresOf(day);
  if (list.length === 0) return null;
  return `Contact Center closed: ${someNames(list.map((c) => `${c.name} (${c.closureSetName})`), 2)}`;
}
