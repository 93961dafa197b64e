// One closure of a closure set, checked as the create and update documents
// describe it: its times in the set's zone, then the recurrence (never,
// annually, monthly, weekly; specific or customized) with the documented
// refusals 3703–3714. What the fields mean where the documents are silent is
// in platform/decisions-contact-center.ts.
import type { FastifyRequest } from 'fastify';
import type { CcClosureRecord } from '../../state/contact-center';
import { ccValidationFailed } from '../common';
import type { Json } from '../common';
import { documentedError } from '../../platform/operations';
import { mondayOf, readClosureTime } from '../time-zones';

const pick = <T>(input: Json, field: string, base: T | undefined): unknown => (input[field] !== undefined ? input[field] : base);

/** The closure `input` describes, over `base` (an update) or alone (a new closure). */
export function buildClosure(request: FastifyRequest, input: Json, zone: string, id: string, base?: CcClosureRecord): CcClosureRecord {
  const fail = () => ccValidationFailed(request);
  const name = pick(input, 'closure_name', base?.name);
  const hourType = pick(input, 'closure_hour_type', base?.hourType);
  const frequency = pick(input, 'recurring_frequency', base?.frequency);
  if (typeof name !== 'string' || name.trim() === '' || (hourType !== 1 && hourType !== 2)) throw fail();
  if (frequency !== 0 && frequency !== 1 && frequency !== 2 && frequency !== 3) throw fail();

  const rawStart = input.start_time;
  const rawEnd = input.end_time;
  const start = rawStart !== undefined ? readClosureTime(rawStart, zone) : base ? { wall: base.start } : { problem: 'format' as const };
  const end = rawEnd !== undefined ? readClosureTime(rawEnd, zone) : base ? { wall: base.end } : { problem: 'format' as const };
  if ('problem' in start && start.problem === 'format') throw fail();
  if ('problem' in end && end.problem === 'format') throw fail();
  if ('problem' in start || 'problem' in end) {
    throw documentedError(request, 'The `start_time` and `end_time` must match the `timezone`: $start_time/$end_time.', String(rawStart ?? base?.start), String(rawEnd ?? base?.end));
  }
  if (end.wall <= start.wall) throw documentedError(request, 'The end time should be greater than the start time.');

  const closure: CcClosureRecord = { id, name, hourType, start: start.wall, end: end.wall, frequency };
  if (frequency === 0) return closure;

  const type = pick(input, 'recurring_frequency_type', base?.frequencyType);
  if (type === undefined || type === null) throw refusal(request, 3704);
  if (type !== 1 && type !== 2) throw fail();
  if (frequency === 1 && start.wall.slice(0, 4) !== end.wall.slice(0, 4)) throw refusal(request, 3705);
  if (frequency === 2 && start.wall.slice(0, 7) !== end.wall.slice(0, 7)) throw refusal(request, 3706);
  if (frequency === 3 && mondayOf(start.wall) !== mondayOf(end.wall)) throw refusal(request, 3707);
  closure.frequencyType = type;

  const month = pick(input, 'recurring_month', base?.month);
  const interval = pick(input, 'recurring_week_interval', base?.weekInterval);
  const days = pick(input, 'recurring_days_of_week', base?.daysOfWeek);
  const startDay = String(((new Date(`${start.wall.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
  const dayList = Array.isArray(days) ? (days as unknown[]) : [];
  if (dayList.some((d) => typeof d !== 'string' || !/^[1-7]$/.test(d))) throw refusal(request, 3714);
  const uniqueDays = [...new Set(dayList as string[])].sort();

  if (type === 2) {
    if (interval === undefined || interval === null) throw refusal(request, 3708);
    if (uniqueDays.length === 0) throw refusal(request, 3709);
    if (frequency === 1 && (month === undefined || month === null)) throw refusal(request, 3710);
    if (typeof interval !== 'number' || !Number.isInteger(interval)) throw fail();
    if (frequency !== 3 && (interval < 1 || interval > 5)) throw refusal(request, 3711);
    // Weekly/Customized: every 1 to 12 weeks; several days only there.
    if (frequency === 3 && (interval < 1 || interval > 12)) throw fail();
    if (frequency !== 3 && uniqueDays.length > 1) throw fail();
    closure.weekInterval = interval;
    closure.daysOfWeek = uniqueDays;
    if (frequency === 1) {
      if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) throw fail();
      closure.month = month;
    }
    return closure;
  }

  // Specific: the dates of start_time and end_time repeat; Annually reads back its month.
  if (frequency === 1) {
    const startMonth = Number(start.wall.slice(5, 7));
    if (month !== undefined && month !== null && month !== startMonth && input.recurring_month !== undefined) throw fail();
    closure.month = startMonth;
  }
  if (frequency === 3) {
    // Weekly/Specific names one day: start_time's weekday.
    if (uniqueDays.length === 0 && input.recurring_days_of_week === undefined && base === undefined) throw fail();
    if (uniqueDays.length > 1 || (uniqueDays.length === 1 && uniqueDays[0] !== startDay)) throw fail();
    closure.daysOfWeek = [startDay];
  }
  return closure;
}

const REFUSALS: Record<number, string[]> = {
  3704: [
    'The `recurring_frequency_type` should not be empty when the `recurring_frequency` is anything other than `Never`.',
    'The `recurring_frequency_type` should not be empty when the `recurring_frequency` is not `Never`.',
  ],
  3705: ['The `start_time` and `end_time` must be in the same year when the `recurring_frequency` is `Annually`.'],
  3706: ['The `start_time` and `end_time` must be in the same month when the `recurring_frequency` is `Monthly`.'],
  3707: [
    'The `start_time` and `end_time` must be in the same week when the `recurring_frequency` is `Weekly`.',
    'The "start_time" and "end_time" must be in the same week when the "recurring_frequency" is the "Weekly".',
  ],
  3708: ['The `recurring_week_interval` should not be empty when the `recurring_frequency_type` type is `Customized`.'],
  3709: ['The `recurring_days_of_week` should not be empty when the `recurring_frequency_type` type is `Customized`.'],
  3710: ['The `recurring_month` should not be empty when the type is `Annually/Customized`.'],
  3711: [
    'The `recurring_week_interval` should be between `1` and `5` when the `recurring_frequency` type is `Annually` or `Monthly`.',
    'The `recurring_week_interval` should between `1` and `5` when the `recurring_frequency` type is `Annually` or `Monthly`.',
  ],
  3714: ['The `recurring_days_of_week` should be between `1` and `7`.'],
};

/** The documented refusal with this code, in the wording of the operation at hand (create and update differ). */
function refusal(request: FastifyRequest, code: keyof typeof REFUSALS) {
  const wordings = REFUSALS[code] ?? [];
  for (const wording of wordings) {
    try {
      return documentedError(request, wording);
    } catch {
      // the other operation's wording
    }
  }
  throw new Error(`no documented wording for closure refusal ${code}`);
}
