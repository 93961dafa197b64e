// Contact Center closure sets expanded to occurrences: every closure of every
// set (recurrences applied, see closures.ts) that touches the dates
// from–to, as wall-clock spans in its set's own zone, in order of start.
// Sets in different zones are not converted to one clock: each closure is
// shown as the set's own zone means it.
import { expandClosure, type Closure } from './closures';
import type { LocalSpan } from './model';

export interface ClosureSetForOccurrences {
  id: string;
  name: string;
  timezone: string;
  closures: readonly Closure[];
}

export interface ClosureOccurrence extends LocalSpan {
  closureSetId: string;
  closureSetName: string;
  closureId: string | null;
  name: string;
  allDay: boolean;
  timezone: string;
}

/** The occurrences of every closure of `sets` overlapping `fromDate`–`toDate` (both inclusive, YYYY-MM-DD). */
export function closureOccurrences(
  sets: readonly ClosureSetForOccurrences[],
  fromDate: string,
  toDate: string,
): ClosureOccurrence[] {
  const out: ClosureOccurrence[] = [];
  for (const set of sets) {
    for (const closure of set.closures) {
      for (const span of expandClosure(closure, fromDate, toDate)) {
        out.push({
          closureSetId: set.id,
          closureSetName: set.name,
          closureId: closure.id ?? null,
          name: closure.name,
          allDay: closure.allDay,
          timezone: set.timezone,
          ...span,
        });
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.closureSetName.localeCompare(b.closureSetName) ||
      a.name.localeCompare(b.name),
  );
}

/** The dates (YYYY-MM-DD, on the occurrence's own clock) an occurrence covers, clipped to from–to. */
export function occurrenceDates(o: LocalSpan, fromDate: string, toDate: string): string[] {
  const dates: string[] = [];
  const first = o.start.slice(0, 10);
  // an end at midnight does not reach into that day
  const last = o.end.endsWith('T00:00') && o.end.slice(0, 10) > first ? dayBefore(o.end.slice(0, 10)) : o.end.slice(0, 10);
  for (let d = first; d <= last; d = dayAfter(d)) if (d >= fromDate && d <= toDate) dates.push(d);
  return dates;
}

const shift = (date: string, days: number) => {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
};
const dayAfter = (d: string) => shift(d, 1);
const dayBefore = (d: string) => shift(d, -1);
