// An extension's holidays as the write pipeline sees them: the holidays on
// the extension's wall clock with their routing, and its closed-hours routing
// (a new holiday routes calls the same way). Versions, comparison by the
// instants a holiday names, and its words.
import { fnv1a64 } from '@switchboard/routing-core/ivr/version';
import { stableStringify } from '@switchboard/routing-core/ivr/semantic';
import type { CallRouting } from '@switchboard/routing-core/schedule/call-routing';
import { describeHolidaySpan } from '@switchboard/routing-core/schedule/holiday-rules';
import { localToInstant } from '@switchboard/routing-core/schedule/zone-time';
import type { HolidayState, HolidaysState } from '../call-handling/read';

export interface HolidaysWriteState extends HolidaysState {
  closedRouting: CallRouting | null;
}

export interface HolidayInput {
  name: string;
  start: string;
  end: string;
}

/** A holiday's version: what it is called and when (its routing is not changed through this route). */
export const holidayVersion = (h: HolidayInput): string => fnv1a64(stableStringify({ name: h.name.trim(), start: h.start, end: h.end }));

/** The version of one holiday in a state; "absent" when the extension no longer has it. */
export function versionOf(state: HolidaysState, holidayId: string): string {
  const h = state.holidays.find((x) => x.id === holidayId);
  return h ? holidayVersion(h) : 'absent';
}

export const listVersion = (state: HolidaysState): string =>
  fnv1a64(stableStringify(state.holidays.map((h) => ({ id: h.id, v: holidayVersion(h) }))));

/** Same name and the same instants in the extension's zone (a wall-clock time skipped by DST reads back moved). */
export function sameHoliday(a: HolidayInput, b: HolidayInput, zone: string): boolean {
  const at = (local: string) => localToInstant(local, zone);
  return a.name.trim() === b.name.trim() && at(a.start) === at(b.start) && at(a.end) === at(b.end);
}

/** "“Christmas Day” (Fri 25 Dec 2026)". */
export const holidayWords = (h: HolidayInput): string => `“${h.name.trim()}” (${describeHolidaySpan(h)})`;

export const findHoliday = (state: HolidaysState, id: string): HolidayState | undefined => state.holidays.find((h) => h.id === id);
