// Public holidays for the seeded extensions: the next twelve months from
// `now`, each spanning a local day (00:00–23:59, as Zoom's own holiday editor
// writes a whole day) in the extension's time zone and stored as UTC like
// Zoom does (`yyyy-MM-dd'T'HH:mm:ss'Z'`).

export type DateRule = (year: number) => { month: number; day: number };

export const fixed = (month: number, day: number): DateRule => () => ({ month, day });

/** nth (1-based) weekday (0 = Sunday) of a month; n = -1 for the last one. */
export const nthWeekday =
  (month: number, weekday: number, n: number): DateRule =>
  (year) => {
    if (n > 0) {
      const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
      return { month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
    }
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
    return { month, day: lastDay - ((last - weekday + 7) % 7) };
  };

/** Good Friday: two days before Western Easter (anonymous Gregorian computus). */
const goodFriday: DateRule = (year) => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = new Date(Date.UTC(year, month - 1, day - 2));
  return { month: easter.getUTCMonth() + 1, day: easter.getUTCDate() };
};

export type HolidayCalendar = 'US' | 'GB' | 'AU';

export const HOLIDAY_CALENDARS: Record<HolidayCalendar, Array<[string, DateRule]>> = {
  US: [
    ["New Year's Day", fixed(1, 1)],
    ['Memorial Day', nthWeekday(5, 1, -1)],
    ['Independence Day', fixed(7, 4)],
    ['Labor Day', nthWeekday(9, 1, 1)],
    ['Thanksgiving', nthWeekday(11, 4, 4)],
    ['Christmas Day', fixed(12, 25)],
  ],
  GB: [
    ["New Year's Day", fixed(1, 1)],
    ['Good Friday', goodFriday],
    ['Early May bank holiday', nthWeekday(5, 1, 1)],
    ['Summer bank holiday', nthWeekday(8, 1, -1)],
    ['Christmas Day', fixed(12, 25)],
    ['Boxing Day', fixed(12, 26)],
  ],
  AU: [
    ["New Year's Day", fixed(1, 1)],
    ['Australia Day', fixed(1, 26)],
    ['Good Friday', goodFriday],
    ['Anzac Day', fixed(4, 25)],
    ["King's Birthday", nthWeekday(6, 1, 2)],
    ['Labour Day', nthWeekday(10, 1, 1)],
    ['Christmas Day', fixed(12, 25)],
    ['Boxing Day', fixed(12, 26)],
  ],
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC at instant `utcMs`, in ms. */
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - utcMs;
}

/** The UTC instant of local midnight starting `year-month-day` in `timeZone`. */
export function localMidnightUtc(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  let result = guess - zoneOffsetMs(guess, timeZone);
  result = guess - zoneOffsetMs(result, timeZone);
  return result;
}

export const toZoomUtc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface SeedHoliday {
  name: string;
  from: string;
  to: string;
}

/** Days (by rule) whose local day starts within [now, now + 12 months), in date order. */
export function upcomingDays(rules: ReadonlyArray<readonly [string, DateRule]>, timeZone: string, now: Date): SeedHoliday[] {
  const start = now.getTime();
  const end = Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate());
  const out: Array<SeedHoliday & { at: number }> = [];
  for (const year of [now.getUTCFullYear(), now.getUTCFullYear() + 1]) {
    for (const [name, rule] of rules) {
      const { month, day } = rule(year);
      const from = localMidnightUtc(year, month, day, timeZone);
      const next = new Date(Date.UTC(year, month - 1, day + 1));
      // 23:59 local: a minute before the next local midnight.
      const to = localMidnightUtc(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone) - 60_000;
      if (to >= start && from < end) out.push({ name, from: toZoomUtc(from), to: toZoomUtc(to), at: from });
    }
  }
  return out.sort((a, b) => a.at - b.at).map(({ name, from, to }) => ({ name, from, to }));
}

/** A country's public holidays within [now, now + 12 months). */
export function upcomingHolidays(calendar: HolidayCalendar, timeZone: string, now: Date): SeedHoliday[] {
  return upcomingDays(HOLIDAY_CALENDARS[calendar], timeZone, now);
}
