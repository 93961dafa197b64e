// from-zoom-phone.ts and to-zoom-phone.ts: the documented shapes, and round
// trips (what we write, read back the way Zoom answers it, is what we meant).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  zoomCallHandlingReadSchema,
  type ZoomCallHandlingRead,
} from '@switchboard/zoom-schema/phone-call-handling';
import {
  zoomCallHandlingPatchSchema,
  zoomCallHandlingPostSchema,
  type ZoomCustomHoursPatch,
  type ZoomHolidayPost,
} from '@switchboard/zoom-schema/phone-call-handling-write';
import { holidayArb, weekScheduleArb, ZONES_WITH_DST } from '../testing/schedule-arbitraries';
import { holidaysFromZoomPhone, weekScheduleFromZoomPhone } from './from-zoom-phone';
import { closedWeek, type WeekSchedule } from './model';
import {
  callHandlingPath,
  customHoursPatch,
  holidayDeleteQuery,
  holidayPatch,
  holidayPost,
} from './to-zoom-phone';
import { ScheduleNotWritableError } from './validate';
import { instantToLocal, localToInstant } from './zone-time';

const LA = 'America/Los_Angeles';
const SYDNEY = 'Australia/Sydney';

/** What Zoom's GET answers after our custom_hours PATCH (the settings come back as written). */
const readOfHours = (patch: ZoomCustomHoursPatch): ZoomCallHandlingRead =>
  zoomCallHandlingReadSchema.parse({
    business_hours: [{ sub_setting_type: 'custom_hours', settings: patch.settings }],
  });
const readOfHoliday = (id: string, post: ZoomHolidayPost): ZoomCallHandlingRead =>
  zoomCallHandlingReadSchema.parse({
    holiday_hours: [
      { holiday_id: id, details: [{ sub_setting_type: 'holiday', settings: post.settings }] },
    ],
  });

describe('Zoom Phone business hours → WeekSchedule', () => {
  it('maps weekdays counted from Sunday, the three day types, and 23:59 as the end of the day', () => {
    const read = zoomCallHandlingReadSchema.parse({
      business_hours: [
        { sub_setting_type: 'call_handling', settings: { routing: { action: 1 } } },
        {
          sub_setting_type: 'custom_hours',
          settings: {
            type: 2,
            custom_hours_settings: [
              { weekday: 1, type: 0 },
              { weekday: 2, type: 2, from: '09:00', to: '17:00' },
              { weekday: 6, type: 2, from: '12:00', to: '23:59' },
              { weekday: 7, type: 1 },
            ],
          },
        },
      ],
    });
    const s = weekScheduleFromZoomPhone(read, LA);
    expect(s).toEqual({
      timezone: LA,
      days: {
        mon: { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] },
        tue: { type: 'closed' }, // not listed: closed
        wed: { type: 'closed' },
        thu: { type: 'closed' },
        fri: { type: 'ranges', ranges: [{ from: '12:00', to: '24:00' }] },
        sat: { type: 'all_day' },
        sun: { type: 'closed' },
      },
    });
  });

  it('type 1, or no custom hours at all, is open 24 hours a day, 7 days a week', () => {
    const always = weekScheduleFromZoomPhone(
      zoomCallHandlingReadSchema.parse({
        business_hours: [{ sub_setting_type: 'custom_hours', settings: { type: 1 } }],
      }),
      LA,
    );
    expect(Object.values(always.days).every((d) => d.type === 'all_day')).toBe(true);
    expect(weekScheduleFromZoomPhone(zoomCallHandlingReadSchema.parse({}), LA)).toEqual(always);
  });

  it('refuses what it cannot read rather than guess', () => {
    const read = (settings: object) =>
      zoomCallHandlingReadSchema.parse({
        business_hours: [{ sub_setting_type: 'custom_hours', settings }],
      });
    expect(() =>
      weekScheduleFromZoomPhone(
        read({ type: 2, custom_hours_settings: [{ weekday: 8, type: 1 }] }),
        LA,
      ),
    ).toThrow(/1 to 7; got 8/);
    expect(() =>
      weekScheduleFromZoomPhone(
        read({ type: 2, custom_hours_settings: [{ weekday: 2, type: 2 }] }),
        LA,
      ),
    ).toThrow(/Monday cannot be read/);
    expect(() => weekScheduleFromZoomPhone(read({ type: 3 }), LA)).toThrow(
      /does not know \(type 3\)/,
    );
  });
});

describe('WeekSchedule → custom_hours PATCH', () => {
  it('writes every day with its Phone number; 24:00 as 23:59', () => {
    const s: WeekSchedule = {
      ...closedWeek(LA),
      days: {
        ...closedWeek(LA).days,
        mon: { type: 'ranges', ranges: [{ from: '09:00', to: '24:00' }] },
        sat: { type: 'all_day' },
      },
    };
    expect(customHoursPatch(s)).toEqual({
      sub_setting_type: 'custom_hours',
      settings: {
        type: 2,
        custom_hours_settings: [
          { weekday: 1, type: 0 },
          { weekday: 2, type: 2, from: '09:00', to: '23:59' },
          { weekday: 3, type: 0 },
          { weekday: 4, type: 0 },
          { weekday: 5, type: 0 },
          { weekday: 6, type: 0 },
          { weekday: 7, type: 1 },
        ],
      },
    });
    expect(callHandlingPath('ext/1', 'business_hours')).toBe(
      '/phone/extension/ext%2F1/call_handling/settings/business_hours',
    );
  });

  it('a week open all day every day is the whole-week type 1', () => {
    const always = weekScheduleFromZoomPhone(zoomCallHandlingReadSchema.parse({}), SYDNEY);
    expect(customHoursPatch(always)).toEqual({
      sub_setting_type: 'custom_hours',
      settings: { type: 1 },
    });
  });

  it('refuses two ranges on a day, with a sentence', () => {
    const s: WeekSchedule = {
      ...closedWeek(LA),
      days: {
        ...closedWeek(LA).days,
        tue: {
          type: 'ranges',
          ranges: [
            { from: '08:00', to: '12:00' },
            { from: '13:00', to: '17:00' },
          ],
        },
      },
    };
    expect(() => customHoursPatch(s)).toThrow(ScheduleNotWritableError);
    expect(() => customHoursPatch(s)).toThrow(
      'Tuesday: Zoom Phone allows one range of hours a day; 2 were given.',
    );
  });

  it('round trip: write, read back as Zoom answers, same schedule; every body is a valid PATCH', () => {
    fc.assert(
      fc.property(weekScheduleArb({ maxRanges: 1 }), (schedule) => {
        const patch = customHoursPatch(schedule);
        expect(zoomCallHandlingPatchSchema.safeParse(patch).success).toBe(true);
        expect(weekScheduleFromZoomPhone(readOfHours(patch), schedule.timezone)).toEqual(schedule);
      }),
      { numRuns: 200 },
    );
  });
});

describe('holidays', () => {
  it("reads a holiday as a wall-clock span in the extension's zone, even from a non-holiday detail", () => {
    const read = zoomCallHandlingReadSchema.parse({
      holiday_hours: [
        {
          holiday_id: 'h1',
          details: [
            {
              sub_setting_type: 'call_forwarding',
              settings: {
                name: 'Christmas Day',
                from: '2026-12-24T13:00:00Z',
                to: '2026-12-25T12:59:00Z',
              },
            },
          ],
        },
        {
          holiday_id: 'h2',
          details: [{ sub_setting_type: 'call_handling', settings: { routing: { action: 1 } } }],
        },
      ],
    });
    expect(holidaysFromZoomPhone(read, SYDNEY)).toEqual([
      { id: 'h1', name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59' },
    ]);
  });

  it('writes POST, PATCH and DELETE in UTC', () => {
    const christmas = { name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59' };
    expect(holidayPost(christmas, SYDNEY)).toEqual({
      sub_setting_type: 'holiday',
      settings: { name: 'Christmas Day', from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' },
    });
    expect(holidayPatch('h1', { ...christmas, name: ' Christmas ' }, LA).settings).toEqual({
      holiday_id: 'h1',
      name: 'Christmas',
      from: '2026-12-25T08:00:00Z',
      to: '2026-12-26T07:59:00Z',
    });
    expect(holidayDeleteQuery('h1')).toEqual({ holiday_id: 'h1' });
    expect(() => holidayPost({ ...christmas, end: '2026-12-24T23:59' }, SYDNEY)).toThrow(
      'The holiday must end after it starts.',
    );
    // 02:10–02:50 on Sydney's spring-forward night never happens: both ends move to 03:10 and 03:50, still a span
    expect(
      holidayPost({ name: 'x', start: '2026-10-04T02:10', end: '2026-10-04T02:50' }, SYDNEY)
        .settings.from,
    ).toBe('2026-10-03T16:10:00Z');
  });

  it('round trip: a holiday whose ends exist on the wall clock reads back as entered', () => {
    const exists = (local: string, zone: string) =>
      instantToLocal(localToInstant(local, zone), zone) === local;
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES_WITH_DST),
        holidayArb(Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1)),
        fc.constantFrom('', 'h9'),
        (zone, holiday, id) => {
          fc.pre(exists(holiday.start, zone) && exists(holiday.end, zone));
          const post = holidayPost(holiday, zone);
          expect(zoomCallHandlingPostSchema.safeParse(post).success).toBe(true);
          const back = holidaysFromZoomPhone(readOfHoliday(id, post), zone);
          expect(back).toEqual([id ? { id, ...holiday } : holiday]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
