// from-cc.ts and to-cc.ts: documented shapes and round trips for business
// hours and closure sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ccBusinessHoursPatchSchema,
  ccBusinessHoursPostSchema,
  ccBusinessHoursReadSchema,
  ccClosureReadSchema,
  ccClosureSetPatchSchema,
  ccClosureSetPostSchema,
  ccClosureSetReadSchema,
  type CcBusinessHoursPatch,
} from '@switchboard/zoom-schema/contact-center-hours';
import { closureArb, weekScheduleArb, ZONES_WITH_DST } from '../testing/schedule-arbitraries';
import type { Closure } from './closures';
import {
  businessHoursFromCc,
  closureFromCc,
  closureSetFromCc,
  weekScheduleFromCc,
} from './from-cc';
import { closedWeek, type WeekSchedule } from './model';
import {
  ccBusinessHoursPatch,
  ccBusinessHoursPost,
  ccClosureSetPatch,
  ccClosureSetPost,
  ccClosureWrite,
} from './to-cc';
import { instantToLocal, localToInstant } from './zone-time';

const LONDON = 'Europe/London';

const readOfPatch = (patch: CcBusinessHoursPatch) =>
  ccBusinessHoursReadSchema.parse({
    business_hour_id: 'bh1',
    timezone: patch.timezone,
    hours: patch.hours,
  });

describe('Contact Center business hours', () => {
  it('maps days counted from Monday and several ranges a day', () => {
    const read = ccBusinessHoursReadSchema.parse({
      business_hour_id: 'bh1',
      business_hour_name: 'Support',
      timezone: 'America/New_York',
      hours: {
        hour_type: 2,
        custom_hours: [
          {
            day_of_week: 1,
            custom_hour_type: 2,
            custom_hour_ranges: [
              { start_time: '08:00', end_time: '12:00' },
              { start_time: '13:00', end_time: '23:59' },
            ],
          },
          { day_of_week: 6, custom_hour_type: 1 },
          { day_of_week: 7, custom_hour_type: 0 },
          { day_of_week: 3, custom_hour_type: 2, custom_hour_ranges: [] },
        ],
      },
    });
    expect(businessHoursFromCc(read)).toEqual({
      id: 'bh1',
      name: 'Support',
      description: '',
      schedule: {
        timezone: 'America/New_York',
        days: {
          mon: {
            type: 'ranges',
            ranges: [
              { from: '08:00', to: '12:00' },
              { from: '13:00', to: '24:00' },
            ],
          },
          tue: { type: 'closed' },
          wed: { type: 'closed' },
          thu: { type: 'closed' },
          fri: { type: 'closed' },
          sat: { type: 'all_day' },
          sun: { type: 'closed' },
        },
      },
    });
    expect(() =>
      weekScheduleFromCc(
        ccBusinessHoursReadSchema.parse({ business_hour_id: 'x', hours: { hour_type: 1 } }),
      ),
    ).toThrow(/time zone/);
  });

  it('PATCH sends closed days as 0; POST leaves them out (it takes only 1 and 2)', () => {
    const s: WeekSchedule = {
      ...closedWeek(LONDON),
      days: {
        ...closedWeek(LONDON).days,
        mon: { type: 'ranges', ranges: [{ from: '09:00', to: '24:00' }] },
        sun: { type: 'all_day' },
      },
    };
    const patch = ccBusinessHoursPatch(s, { name: 'Support' });
    expect(patch.hours?.custom_hours).toHaveLength(7);
    expect(patch.hours?.custom_hours?.[0]).toEqual({
      day_of_week: 1,
      custom_hour_type: 2,
      custom_hour_ranges: [{ start_time: '09:00', end_time: '23:59' }],
    });
    expect(patch.business_hour_name).toBe('Support');
    const post = ccBusinessHoursPost(s, { name: 'Support' });
    expect(post.hours?.custom_hours).toEqual([
      {
        day_of_week: 1,
        custom_hour_type: 2,
        custom_hour_ranges: [{ start_time: '09:00', end_time: '23:59' }],
      },
      { day_of_week: 7, custom_hour_type: 1 },
    ]);
    expect(ccBusinessHoursPostSchema.safeParse(post).success).toBe(true);
    expect(() => ccBusinessHoursPost(closedWeek(LONDON), { name: 'Never' })).toThrow(
      'New business hours need at least one open day.',
    );
    expect(
      ccBusinessHoursPatch(closedWeek(LONDON)).hours?.custom_hours?.every(
        (d) => d.custom_hour_type === 0,
      ),
    ).toBe(true);
  });

  it('refuses overlapping ranges with a sentence', () => {
    const s: WeekSchedule = {
      ...closedWeek(LONDON),
      days: {
        ...closedWeek(LONDON).days,
        fri: {
          type: 'ranges',
          ranges: [
            { from: '09:00', to: '13:00' },
            { from: '12:00', to: '17:00' },
          ],
        },
      },
    };
    expect(() => ccBusinessHoursPatch(s)).toThrow('Friday: 12:00–17:00 overlaps 09:00–13:00.');
  });

  it('round trip: PATCH, read back as Zoom answers, same schedule; every body is a valid PATCH', () => {
    fc.assert(
      fc.property(weekScheduleArb({ maxRanges: 3 }), (schedule) => {
        const patch = ccBusinessHoursPatch(schedule);
        expect(ccBusinessHoursPatchSchema.safeParse(patch).success).toBe(true);
        expect(weekScheduleFromCc(readOfPatch(patch))).toEqual(schedule);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Contact Center closures', () => {
  const read = (c: object) =>
    ccClosureReadSchema.parse({
      closure_name: 'Christmas Day',
      closure_hour_type: 1,
      start_time: '2026-12-25T00:00:00Z',
      end_time: '2026-12-25T23:59:00Z',
      recurring_frequency: 0,
      ...c,
    });

  it("reads instants with Z or an offset on the set's wall clock, and the recurrences", () => {
    expect(
      closureFromCc(
        read({
          closure_id: 'c1',
          recurring_frequency: 1,
          recurring_frequency_type: 1,
          recurring_month: 12,
        }),
        LONDON,
      ),
    ).toEqual({
      id: 'c1',
      name: 'Christmas Day',
      start: '2026-12-25T00:00',
      end: '2026-12-25T23:59',
      allDay: true,
      timezone: LONDON,
      recurrence: { frequency: 'yearly', pattern: 'as_start' },
    });
    const nth = closureFromCc(
      read({
        recurring_frequency: 2,
        recurring_frequency_type: 2,
        recurring_week_interval: 5,
        recurring_days_of_week: ['5'],
      }),
      LONDON,
    );
    expect(nth.recurrence).toEqual({
      frequency: 'monthly',
      pattern: 'nth_weekday',
      week: 'last',
      weekday: 'fri',
    });
    const weekly = closureFromCc(
      read({
        recurring_frequency: 3,
        recurring_frequency_type: 2,
        recurring_week_interval: 2,
        recurring_days_of_week: ['7', '1'],
      }),
      LONDON,
    );
    expect(weekly.recurrence).toEqual({
      frequency: 'weekly',
      everyWeeks: 2,
      weekdays: ['mon', 'sun'],
    });
    // weekly "specific" without days: the start's weekday (25 Dec 2026 is a Friday)
    expect(
      closureFromCc(read({ recurring_frequency: 3, recurring_frequency_type: 1 }), LONDON)
        .recurrence,
    ).toEqual({ frequency: 'weekly', everyWeeks: 1, weekdays: ['fri'] });
    const offset = closureFromCc(
      read({
        closure_hour_type: 2,
        start_time: '2026-07-01T09:00:00+10:00',
        end_time: '2026-07-01T17:00:00+10:00',
      }),
      'Australia/Sydney',
    );
    expect([offset.start, offset.end, offset.allDay]).toEqual([
      '2026-07-01T09:00',
      '2026-07-01T17:00',
      false,
    ]);
  });

  it('an all-day closure ending at next midnight ends the day before', () => {
    const c = closureFromCc(
      read({ start_time: '2026-12-25T00:00:00Z', end_time: '2026-12-27T00:00:00Z' }),
      LONDON,
    );
    expect([c.start, c.end]).toEqual(['2026-12-25T00:00', '2026-12-26T23:59']);
  });

  it('writes the zone offset of each instant, and the recurrence fields Zoom documents', () => {
    const c: Closure = {
      name: 'Summer party',
      start: '2027-07-02T13:00',
      end: '2027-07-02T18:00',
      allDay: false,
      timezone: LONDON,
      recurrence: {
        frequency: 'yearly',
        pattern: 'nth_weekday',
        month: 7,
        week: 'first',
        weekday: 'fri',
      },
    };
    expect(ccClosureWrite(c)).toEqual({
      closure_name: 'Summer party',
      closure_hour_type: 2,
      start_time: '2027-07-02T13:00:00+01:00',
      end_time: '2027-07-02T18:00:00+01:00',
      recurring_frequency: 1,
      recurring_frequency_type: 2,
      recurring_month: 7,
      recurring_week_interval: 1,
      recurring_days_of_week: ['5'],
    });
    expect(() => ccClosureWrite({ ...c, end: '2028-01-01T10:00' })).toThrow(
      '"Summer party": a closure that recurs every year must start and end in the same year.',
    );
  });

  it('a closure set PATCH edits kept closures, adds new ones and deletes the rest', () => {
    const kept: Closure = {
      id: 'c1',
      name: 'Christmas Day',
      start: '2026-12-25T00:00',
      end: '2026-12-25T23:59',
      allDay: true,
      timezone: LONDON,
      recurrence: { frequency: 'yearly', pattern: 'as_start' },
    };
    const { id: _keptId, ...unsaved } = kept;
    const added: Closure = {
      ...unsaved,
      name: 'Boxing Day',
      start: '2026-12-26T00:00',
      end: '2026-12-26T23:59',
    };
    const body = ccClosureSetPatch({ name: 'UK', timezone: LONDON, closures: [kept, added] }, [
      'c1',
      'c2',
    ]);
    expect(body.closures.map((c) => [c.closure_id, c.closure_name, c.to_delete])).toEqual([
      ['c1', 'Christmas Day', undefined],
      [undefined, 'Boxing Day', undefined],
      ['c2', undefined, true],
    ]);
    expect(ccClosureSetPatchSchema.safeParse(body).success).toBe(true);
    expect(() => ccClosureSetPatch({ name: 'UK', timezone: LONDON, closures: [] }, ['c1'])).toThrow(
      'A closure set needs at least one closure.',
    );
    expect(() =>
      ccClosureSetPost({
        name: 'UK',
        timezone: LONDON,
        closures: [kept, { ...added, name: 'Christmas Day' }],
      }),
    ).toThrow('Two closures are called "Christmas Day"');
    expect(() =>
      ccClosureSetPost({ name: 'UK', timezone: 'Europe/Paris', closures: [kept] }),
    ).toThrow('"Christmas Day" is in Europe/London, not the set\'s Europe/Paris.');
  });

  it('round trip: a closure whose ends exist on the wall clock reads back as written', () => {
    const exists = (local: string, zone: string) =>
      instantToLocal(localToInstant(local, zone), zone) === local;
    const arb = fc
      .constantFrom(...ZONES_WITH_DST)
      .chain((zone) => fc.tuple(closureArb(zone), fc.constantFrom('c7', undefined)));
    fc.assert(
      fc.property(arb, ([closure, id]) => {
        fc.pre(exists(closure.start, closure.timezone) && exists(closure.end, closure.timezone));
        const written = ccClosureSetPost({
          name: 'Set',
          timezone: closure.timezone,
          closures: [closure],
        });
        expect(ccClosureSetPostSchema.safeParse(written).success).toBe(true);
        const set = ccClosureSetReadSchema.parse({
          closure_set_id: 's1',
          closure_set_name: 'Set',
          timezone: closure.timezone,
          closures: written.closures.map((c) => ({ ...c, closure_id: id })),
        });
        expect(closureSetFromCc(set).closures).toEqual([id ? { id, ...closure } : closure]);
      }),
      { numRuns: 200 },
    );
  });
});
