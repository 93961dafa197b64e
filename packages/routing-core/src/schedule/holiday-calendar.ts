// The holiday calendar across extensions: for each date of a range, which
// extensions are closed for a holiday and which are not, each judged on the
// wall clock of its own zone (Christmas Day in Sydney is 25 December there,
// whatever the instant). A holiday closes every date it touches; an end at
// 23:59 covers the rest of its day. Sites where some extensions close and
// others stay open that day are named, so "siblings differ" can be marked.
import { addDays, spanEndExclusive } from './calendar';
import type { Holiday } from './model';

export interface CalendarExtension<T extends string = string> {
  extensionId: string;
  name: string;
  type: T;
  site: { id: string; name: string } | null;
  holidays: readonly Holiday[];
}

export interface CalendarDay<T extends string = string> {
  date: string;
  closed: { extensionId: string; name: string; type: T; holiday: string }[];
  open: { extensionId: string; name: string; type: T }[];
  /** Sites where, on this date, some extensions are closed and others open. */
  sitesSplit: { id: string; name: string }[];
}

/** The wall-clock dates a holiday touches: first and last, inclusive. */
export function holidayDates(h: Pick<Holiday, 'start' | 'end'>): { first: string; last: string } {
  const endEx = spanEndExclusive(h.end);
  const last = endEx.endsWith('T00:00') ? addDays(endEx.slice(0, 10), -1) : endEx.slice(0, 10);
  const first = h.start.slice(0, 10);
  return { first, last: last < first ? first : last };
}

/** The dates from `from` to `to`, both inclusive ("YYYY-MM-DD"). */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function holidayCalendar<T extends string>(extensions: readonly CalendarExtension<T>[], from: string, to: string): CalendarDay<T>[] {
  const dates = datesBetween(from, to);
  // date → extensionId → holiday names
  const closedOn = new Map<string, Map<string, string[]>>();
  for (const ext of extensions) {
    for (const h of ext.holidays) {
      const { first, last } = holidayDates(h);
      for (let d = first < from ? from : first; d <= last && d <= to; d = addDays(d, 1)) {
        const day = closedOn.get(d) ?? new Map<string, string[]>();
        closedOn.set(d, day);
        day.set(ext.extensionId, [...(day.get(ext.extensionId) ?? []), h.name]);
      }
    }
  }
  return dates.map((date) => {
    const day = closedOn.get(date);
    const closed: CalendarDay<T>['closed'] = [];
    const open: CalendarDay<T>['open'] = [];
    const bySite = new Map<string, { name: string; closed: number; open: number }>();
    for (const ext of extensions) {
      const names = day?.get(ext.extensionId);
      if (names) closed.push({ extensionId: ext.extensionId, name: ext.name, type: ext.type, holiday: names.join(' and ') });
      else open.push({ extensionId: ext.extensionId, name: ext.name, type: ext.type });
      if (ext.site) {
        const s = bySite.get(ext.site.id) ?? { name: ext.site.name, closed: 0, open: 0 };
        if (names) s.closed++;
        else s.open++;
        bySite.set(ext.site.id, s);
      }
    }
    const sitesSplit = [...bySite].filter(([, s]) => s.closed > 0 && s.open > 0).map(([id, s]) => ({ id, name: s.name }));
    return { date, closed, open, sitesSplit };
  });
}
