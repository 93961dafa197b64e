// Contact Center closures beside phone holidays in the holiday calendar:
// each occurrence (recurrences expanded, on its closure set's own clock) is
// listed on the dates it touches, and becomes an iCalendar event of its own.
// The calendar does not depend on Contact Center: when Zoom refuses the
// closures (no Contact Center, or the app lacks the scope), the phone
// calendar is served without them.
import type { FastifyBaseLogger } from 'fastify';
import type { CalendarResponse } from '@switchboard/contract/calendar';
import type { Occurrence } from '@switchboard/contract/cc-hours';
import { describeHolidaySpan } from '@switchboard/routing-core/schedule/holiday-rules';
import type { IcsEvent } from '@switchboard/routing-core/schedule/ics';
import { occurrenceDates } from '@switchboard/routing-core/schedule/occurrences';

export async function ccOccurrencesOrNone(load: () => Promise<{ items: Occurrence[] }>, log: FastifyBaseLogger): Promise<Occurrence[] | null> {
  try {
    return (await load()).items;
  } catch (err) {
    log.warn({ err: err instanceof Error ? err.message : String(err) }, 'Contact Center closures left out of the calendar');
    return null;
  }
}

/** The calendar with each day's Contact Center closures (absent when they could not be read). */
export function withCcClosures(cal: CalendarResponse, occurrences: readonly Occurrence[] | null): CalendarResponse {
  if (!occurrences) return cal;
  const byDate = new Map<string, NonNullable<CalendarResponse['days'][number]['ccClosures']>>();
  for (const o of occurrences) {
    for (const date of occurrenceDates(o, cal.from, cal.to)) {
      const list = byDate.get(date) ?? [];
      list.push({ closureSetId: o.closureSetId, closureSetName: o.closureSetName, name: o.name, timezone: o.timezone, allDay: o.allDay, start: o.start, end: o.end });
      byDate.set(date, list);
    }
  }
  return { ...cal, days: cal.days.map((d) => ({ ...d, ccClosures: byDate.get(d.date) ?? [] })) };
}

/** One iCalendar event per closure occurrence, in its closure set's zone. */
export function ccClosureEvents(occurrences: readonly Occurrence[] | null): IcsEvent[] {
  return (occurrences ?? []).map((o) => ({
    uid: `cc.${o.closureSetId}.${o.closureId ?? o.name.replace(/\W+/g, '-')}.${o.start}@switchboard`,
    summary: `${o.name} — Contact Center closed (${o.closureSetName})`,
    description: `Queues and flows using the closure set ${o.closureSetName} are closed for ${o.name}: ${describeHolidaySpan(o)}, ${o.timezone}.`,
    start: o.start,
    end: o.end,
    timezone: o.timezone,
    categories: ['Contact Center', o.closureSetName],
  }));
}
