// The rules a holiday must meet before it is written to an extension, as
// sentences, so nothing doomed or confusing reaches Zoom: a name, a start and
// an end on the wall clock of the extension's zone, the end after the start,
// not wholly in the past, and no overlap with the extension's other
// holidays. Clock-free: "now" is an argument. Also a holiday span in words.
import { addDays, spanEndExclusive, wall } from './calendar';
import { holidaySchema, type Holiday, type ScheduleIssue } from './model';
import { zodIssues } from './validate';
import { parseInstant, zonedFromLocal } from './zone-time';

const dateWords = (local: string) => wall(local).setLocale('en-GB').toFormat('ccc d LLL yyyy');
const timeOf = (local: string) => local.slice(11, 16);

/** Whether the span is whole days on the wall clock (00:00 to 23:59 or to a later midnight). */
export function isWholeDays(h: Pick<Holiday, 'start' | 'end'>): boolean {
  return timeOf(h.start) === '00:00' && spanEndExclusive(h.end).endsWith('T00:00');
}

/** "Fri 25 Dec 2026", "Thu 24 Dec 2026 – Sat 26 Dec 2026", "Fri 25 Dec 2026 09:00 – 17:00". */
export function describeHolidaySpan(h: Pick<Holiday, 'start' | 'end'>): string {
  if (isWholeDays(h)) {
    const last = addDays(spanEndExclusive(h.end).slice(0, 10), -1);
    const first = h.start.slice(0, 10);
    return first === last ? dateWords(first) : `${dateWords(first)} – ${dateWords(last)}`;
  }
  const sameDay = h.start.slice(0, 10) === h.end.slice(0, 10);
  return sameDay
    ? `${dateWords(h.start)} ${timeOf(h.start)}–${timeOf(h.end)}`
    : `${dateWords(h.start)} ${timeOf(h.start)} – ${dateWords(h.end)} ${timeOf(h.end)}`;
}

/** A holiday as [start, end) instants in ms (an end at 23:59 covers the rest of that day). */
function instants(h: Pick<Holiday, 'start' | 'end'>, zone: string): { start: number; end: number } {
  return { start: zonedFromLocal(h.start, zone).toMillis(), end: zonedFromLocal(spanEndExclusive(h.end), zone).toMillis() };
}

export interface HolidayCheck {
  /** The extension's time zone: the holiday's wall clock. */
  timezone: string;
  /** The extension's holidays as Zoom holds them now (the one being edited may be among them: matched by id). */
  existing: readonly Holiday[];
  /** ISO instant of "now". */
  now: string;
}

/** Problems with a holiday about to be added or changed; empty when it may be written. */
export function holidayIssues(h: Holiday, check: HolidayCheck): ScheduleIssue[] {
  const shape = zodIssues(holidaySchema.safeParse(h));
  if (shape.length > 0) return shape;
  const name = h.name.trim();
  const mine = instants(h, check.timezone);
  if (mine.end <= mine.start) {
    return [{ path: ['end'], message: `"${name}" ends before it starts once the clocks change; move its end later.` }];
  }
  const out: ScheduleIssue[] = [];
  if (mine.end <= parseInstant(check.now).toMillis()) {
    out.push({
      path: ['end'],
      message: `"${name}" (${describeHolidaySpan(h)}, ${check.timezone}) is over already: a holiday wholly in the past changes nothing. Check the year.`,
    });
  }
  for (const other of check.existing) {
    if (h.id !== undefined && other.id === h.id) continue;
    const theirs = instants(other, check.timezone);
    if (mine.start < theirs.end && theirs.start < mine.end) {
      out.push({
        path: ['start'],
        message: `"${name}" (${describeHolidaySpan(h)}) overlaps "${other.name}" (${describeHolidaySpan(other)}), which this extension already has. Change the dates, or edit that holiday instead.`,
      });
    }
  }
  return out;
}
