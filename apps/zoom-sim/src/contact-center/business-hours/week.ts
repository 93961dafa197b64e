// A business-hours set's week, read and written in the documents' shape:
// `hours{hour_type, custom_hours[{day_of_week, custom_hour_type,
// custom_hour_ranges[{start_time, end_time}]}]}`, day_of_week 1 = Monday …
// 7 = Sunday, several ranges a day.
import type { FastifyRequest } from 'fastify';
import { DECIDED } from '../../platform/decisions';
import { documentedOrDecided } from '../../platform/operations';
import type { CcBusinessHoursRecord, CcDayHours, CcTimeRange } from '../../state/contact-center';
import { ccValidationFailed } from '../common';
import type { Json } from '../common';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const closedWeek = (): CcDayHours[] => Array.from({ length: 7 }, () => ({ type: 0 as const, ranges: [] }));

/** The `hours` object of a read: all seven days, Monday first, only for custom hours. */
export function hoursJson(r: CcBusinessHoursRecord): Json {
  if (r.hourType === 1) return { hour_type: 1 };
  return {
    hour_type: 2,
    custom_hours: r.week.map((day, i) => ({
      day_of_week: i + 1,
      custom_hour_type: day.type,
      ...(day.type === 2 ? { custom_hour_ranges: day.ranges.map((x) => ({ start_time: x.start, end_time: x.end })) } : {}),
    })),
  };
}

/**
 * The week after applying `hours` from a request. `base` null (a new set): days
 * not sent are disabled. Otherwise (an update) the days sent replace those
 * weekdays and the others keep theirs (decisions-contact-center.ts).
 */
export function applyHours(request: FastifyRequest, hours: unknown, base: CcBusinessHoursRecord | null): { hourType: 1 | 2; week: CcDayHours[] } {
  if (typeof hours !== 'object' || hours === null) throw ccValidationFailed(request);
  const h = hours as Json;
  const hourType = h.hour_type ?? base?.hourType;
  if (hourType !== 1 && hourType !== 2) throw ccValidationFailed(request);
  const week = base ? base.week.map((d) => ({ type: d.type, ranges: [...d.ranges] })) : closedWeek();
  const days = Array.isArray(h.custom_hours) ? (h.custom_hours as unknown[]) : [];
  if (hourType === 2 && days.length === 0 && (base === null || h.custom_hours !== undefined || week.every((d) => d.type === 0))) {
    throw documentedOrDecided(request, 'The `custom_hours` should not be empty when the `hour_type` is `Custom hours`.', DECIDED.validationFailed);
  }
  const seen = new Set<number>();
  for (const raw of days) {
    const day = (typeof raw === 'object' && raw !== null ? raw : {}) as Json;
    const n = day.day_of_week;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 7 || seen.has(n)) throw ccValidationFailed(request);
    seen.add(n);
    const type = day.custom_hour_type;
    if (type !== 0 && type !== 1 && type !== 2) throw ccValidationFailed(request);
    week[n - 1] = { type, ranges: type === 2 ? readRanges(request, day.custom_hour_ranges) : [] };
  }
  return { hourType, week };
}

function readRanges(request: FastifyRequest, raw: unknown): CcTimeRange[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw documentedOrDecided(request, 'The `custom_hour_ranges` should not be empty when the `custom_hour_type` is `Customized hours`.', DECIDED.validationFailed);
  }
  const ranges = raw.map((r) => {
    const range = (typeof r === 'object' && r !== null ? r : {}) as Json;
    const { start_time: start, end_time: end } = range;
    if (typeof start !== 'string' || typeof end !== 'string' || !HH_MM.test(start) || !HH_MM.test(end)) throw ccValidationFailed(request);
    if (end <= start) {
      throw documentedOrDecided(request, 'The `end_time` $endTime should not be earlier than the `start_time` $startTime.', DECIDED.validationFailed, end, start);
    }
    return { start, end };
  });
  ranges.sort((a, b) => a.start.localeCompare(b.start));
  // Ranges of one day may not overlap.
  for (let i = 1; i < ranges.length; i++) if ((ranges[i] as CcTimeRange).start < (ranges[i - 1] as CcTimeRange).end) throw ccValidationFailed(request);
  return ranges;
}
