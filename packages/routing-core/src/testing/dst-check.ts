// Shared body of the DST property tests: at every minute of a window around a
// clock change, statusAt must agree with the brute force (status, reason and
// until), for a hand-made week whose hours start and end inside the changing
// hour and for random weeks and holidays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusAt } from '../schedule/status';
import type { Holiday, WeekSchedule } from '../schedule/model';
import { holidayArb, weekScheduleArb } from './schedule-arbitraries';
import { bruteStatuses } from './status-brute-force';

export const HOURS_AROUND = 36;
const LOOK_AHEAD_MINUTES = 10 * 24 * 60;
const DAY_MS = 86_400_000;

export function firstDisagreement(
  schedule: WeekSchedule,
  holidays: readonly Holiday[],
  changeAt: string,
) {
  const fromMs = Date.parse(changeAt) - HOURS_AROUND * 3_600_000;
  const minutes = 2 * HOURS_AROUND * 60 + 1;
  const expected = bruteStatuses(schedule, holidays, fromMs, minutes, LOOK_AHEAD_MINUTES);
  for (let k = 0; k < minutes; k++) {
    const at = new Date(fromMs + k * 60_000).toISOString();
    const actual = statusAt(schedule, holidays, at);
    const want = expected[k]!;
    if (
      actual.state !== want.state ||
      actual.reason !== want.reason ||
      actual.until !== want.until
    ) {
      return { at, actual, expected: want };
    }
  }
  return undefined;
}

/** Hours that begin and end inside the hour a change skips or repeats (02:00–03:00, 01:00–02:00), and at midnight. */
export const trickyWeek = (timezone: string): WeekSchedule => ({
  timezone,
  days: {
    mon: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
    tue: { type: 'all_day' },
    wed: { type: 'closed' },
    thu: {
      type: 'ranges',
      ranges: [
        { from: '00:00', to: '01:30' },
        { from: '22:00', to: '24:00' },
      ],
    },
    fri: { type: 'ranges', ranges: [{ from: '01:15', to: '02:45' }] },
    sat: { type: 'ranges', ranges: [{ from: '23:00', to: '24:00' }] },
    sun: {
      type: 'ranges',
      ranges: [
        { from: '00:00', to: '01:30' },
        { from: '02:30', to: '04:00' },
      ],
    },
  },
});

export interface ClockChange {
  label: string;
  /** the instant the clocks change, ISO */
  at: string;
  /** holidays that start or end inside the changing hour */
  holidays: Holiday[];
}

export function describeClockChanges(zone: string, changes: readonly ClockChange[]): void {
  describe(`statusAt at every minute within ${HOURS_AROUND} h of the 2026 clock changes in ${zone}`, () => {
    for (const change of changes) {
      it(`${change.label}: a week with hours inside the changing hour`, () => {
        expect(firstDisagreement(trickyWeek(zone), [], change.at)).toBeUndefined();
        expect(firstDisagreement(trickyWeek(zone), change.holidays, change.at)).toBeUndefined();
      });

      it(`${change.label}: random weeks and holidays`, () => {
        const around = Date.parse(change.at);
        fc.assert(
          fc.property(
            weekScheduleArb({ zones: [zone] }),
            fc.array(holidayArb(around - 3 * DAY_MS, around + 3 * DAY_MS), { maxLength: 2 }),
            (schedule, holidays) => {
              expect(firstDisagreement(schedule, holidays, change.at)).toBeUndefined();
            },
          ),
          { numRuns: 2 },
        );
      });
    }
  });
}
