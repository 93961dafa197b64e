// Open, closed or holiday at the traced instant, for a Phone extension and for
// a Contact Center queue, with the words the trace shows. Every wall clock ↔
// instant conversion goes through the schedule module (statusAt, zonedFromLocal,
// expandClosure), so DST is what the zone says.
import { addDays, spanEndExclusive } from '../schedule/calendar';
import type { Closure } from '../schedule/closures';
import { expandClosure } from '../schedule/closures';
import type { WeekSchedule } from '../schedule/model';
import { nextChangeWords, statusAt, zoneAbbreviation, type ScheduleStatus } from '../schedule/status';
import { WEEKDAYS } from '../schedule/weekdays';
import { instantToLocal, parseInstant, zonedFromLocal } from '../schedule/zone-time';

/** "10:00 AEDT on Fri 25 Dec": the instant on the zone's own wall clock. */
export function whenWords(instant: string, zone: string): string {
  const dt = parseInstant(instant).setZone(zone).setLocale('en-US');
  return `${dt.toFormat('HH:mm')} ${zoneAbbreviation(dt)} on ${dt.toFormat('ccc d LLL')}`;
}

interface Span {
  start: string;
  end: string;
}

/** Whether the wall-clock span [start, end) in `zone` holds the instant (an end at 23:59 lasts to midnight). */
export function spanCovers(span: Span, zone: string, instantMs: number): boolean {
  const start = zonedFromLocal(span.start, zone).toMillis();
  const end = zonedFromLocal(spanEndExclusive(span.end), zone).toMillis();
  return start <= instantMs && instantMs < end;
}

export type PhoneState<H> =
  | { state: 'open' | 'closed'; status: ScheduleStatus; holiday?: undefined }
  | { state: 'holiday'; status: ScheduleStatus; holiday: H };

/** The extension's state; on a holiday, the holiday statusAt chose (earliest start, then the first listed). */
export function phoneStateAt<H extends Span & { name: string }>(
  hours: { schedule: WeekSchedule; holidays: readonly H[] },
  instant: string,
): PhoneState<H> {
  const status = statusAt(hours.schedule, hours.holidays, instant);
  if (status.state !== 'holiday') return { state: status.state, status };
  const zone = hours.schedule.timezone;
  const t = parseInstant(instant).setZone(zone).startOf('minute').toMillis();
  const covering = hours.holidays
    .map((h, order) => ({ h, order, start: zonedFromLocal(h.start, zone).toMillis() }))
    .filter(({ h }) => spanCovers(h, zone, t))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  // statusAt and this choice read the same spans; should they ever disagree, the week decides
  if (!covering[0]) return { state: 'closed', status };
  return { state: 'holiday', status, holiday: covering[0].h };
}

/** True when the week is open all day every day: its hours never close a call. */
export function alwaysOpen(schedule: WeekSchedule): boolean {
  return WEEKDAYS.every((d) => schedule.days[d].type === 'all_day');
}

/** "Open: Friday 09:00–17:00 (Australia/Sydney)" → "Friday 09:00–17:00". */
export function hoursWords(status: ScheduleStatus): string {
  return status.reason.replace(/^(Open|Closed)(: | — )/, '').replace(/ \([^)]*\)$/, '');
}

/** The closure occurrence holding the instant, if any, with the instant its occurrence ends. */
export function closureAt(
  closures: readonly Closure[],
  instant: string,
): { closure: Closure; until: string } | null {
  // judged on whole minutes, as statusAt judges holidays
  const t = parseInstant(instant).startOf('minute').toMillis();
  for (const closure of closures) {
    const date = instantToLocal(instant, closure.timezone).slice(0, 10);
    for (const span of expandClosure(closure, addDays(date, -1), addDays(date, 1))) {
      if (spanCovers(span, closure.timezone, t)) {
        const end = zonedFromLocal(spanEndExclusive(span.end), closure.timezone);
        return { closure, until: end.toUTC().toISO({ suppressMilliseconds: true })! };
      }
    }
  }
  return null;
}

export const untilWords = (until: string | null, zone: string): string => nextChangeWords(until, zone);
