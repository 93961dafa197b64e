// Every request the schedule mappers build stays within what Zoom documents
// (checked against @switchboard/zoom-facts, extracted from Zoom's documents):
// documented operation, documented query, and no body field Zoom does not
// document — Zoom would ignore one and still answer 204.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequest, formatViolations } from '@switchboard/zoom-facts/conformance';
import { allOperations } from '@switchboard/zoom-facts/load';
import { closureArb, holidayArb, weekScheduleArb } from '../testing/schedule-arbitraries';
import {
  ccBusinessHoursPatch,
  ccBusinessHoursPost,
  ccClosureSetPatch,
  ccClosureSetPost,
} from './to-cc';
import {
  callHandlingPath,
  customHoursPatch,
  holidayDeleteQuery,
  holidayPatch,
  holidayPost,
} from './to-zoom-phone';

const check = (method: string, path: string, body: unknown, query: Record<string, unknown> = {}) =>
  formatViolations(checkRequest(allOperations, { method, path, query, body }));

describe("schedule writes conform to Zoom's documents", () => {
  it('Phone: custom hours PATCH, holiday POST / PATCH / DELETE', () => {
    const hours = callHandlingPath('ext1', 'business_hours');
    const holidays = callHandlingPath('ext1', 'holiday_hours');
    fc.assert(
      fc.property(
        weekScheduleArb({ maxRanges: 1 }),
        holidayArb(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)),
        (schedule, holiday) => {
          expect(check('PATCH', hours, customHoursPatch(schedule))).toBe('');
          expect(check('POST', holidays, holidayPost(holiday, schedule.timezone))).toBe('');
          expect(check('PATCH', holidays, holidayPatch('h1', holiday, schedule.timezone))).toBe('');
        },
      ),
      { numRuns: 50 },
    );
    expect(check('DELETE', holidays, undefined, holidayDeleteQuery('h1'))).toBe('');
  });

  it('Contact Center: business hours POST / PATCH, closure set POST / PATCH', () => {
    fc.assert(
      fc.property(weekScheduleArb({ maxRanges: 3 }), (schedule) => {
        expect(
          check(
            'PATCH',
            '/contact_center/business_hours/bh1',
            ccBusinessHoursPatch(schedule, { name: 'Support' }),
          ),
        ).toBe('');
        if (Object.values(schedule.days).some((d) => d.type !== 'closed')) {
          expect(
            check(
              'POST',
              '/contact_center/business_hours',
              ccBusinessHoursPost(schedule, { name: 'Support' }),
            ),
          ).toBe('');
        }
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(closureArb('Europe/London'), (closure) => {
        const set = { name: 'UK', timezone: 'Europe/London', closures: [closure] };
        expect(check('POST', '/contact_center/closures', ccClosureSetPost(set))).toBe('');
        expect(
          check(
            'PATCH',
            '/contact_center/closures/cs1',
            ccClosureSetPatch({ ...set, closures: [{ ...closure, id: 'c1' }] }, ['c1', 'c2']),
          ),
        ).toBe('');
      }),
      { numRuns: 50 },
    );
  });

  it("the read shape's spelling is caught (the check is not vacuous)", () => {
    const path = callHandlingPath('ext1', 'business_hours');
    expect(
      check('PATCH', path, {
        sub_setting_type: 'custom_hours',
        settings: { type: 2, custom_hours: [] },
      }),
    ).toMatch(/custom_hours/);
  });
});
