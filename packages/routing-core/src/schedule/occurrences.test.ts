// Closure sets → occurrences, from Zoom's read shape (instants with offsets in
// a non-UTC zone) to wall-clock spans; and the two weekday numberings side by
// side: Contact Center 1 = Monday, Zoom Phone 1 = Sunday.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ccClosureSetReadSchema } from '@switchboard/zoom-schema/contact-center-hours';
import { zoomCallHandlingReadSchema } from '@switchboard/zoom-schema/phone-call-handling';
import { closureSetFromCc, weekScheduleFromCc } from './from-cc';
import { closureOccurrences, occurrenceDates } from './occurrences';
import { weekScheduleFromZoomPhone } from './from-zoom-phone';
import { ccBusinessHoursPatch } from './to-cc';
import { closedWeek } from './model';

const SYDNEY = 'Australia/Sydney';

// As Zoom answers it: 25 Dec 2026 all day in Sydney is 24 Dec 13:00 UTC (AEDT, +11:00).
const christmasSet = ccClosureSetReadSchema.parse({
  closure_set_id: 'cs1',
  closure_set_name: 'Public holidays (Sydney)',
  timezone: SYDNEY,
  closures: [
    {
      closure_id: 'c1',
      closure_name: 'Christmas Day',
      closure_hour_type: 1,
      start_time: '2026-12-24T13:00:00Z',
      end_time: '2026-12-25T12:59:00Z',
      recurring_frequency: 1,
      recurring_frequency_type: 1,
    },
  ],
});

describe('closureOccurrences', () => {
  it('25 December every year in Sydney: exactly one occurrence a year over 2027–2029, on the 25th of its own clock', () => {
    const set = closureSetFromCc(christmasSet);
    const items = closureOccurrences([set], '2027-01-01', '2029-12-31');
    expect(items.map((o) => [o.start, o.end])).toEqual([
      ['2027-12-25T00:00', '2027-12-25T23:59'],
      ['2028-12-25T00:00', '2028-12-25T23:59'],
      ['2029-12-25T00:00', '2029-12-25T23:59'],
    ]);
    expect(new Set(items.map((o) => o.start.slice(0, 4)))).toEqual(new Set(['2027', '2028', '2029']));
    expect(items.every((o) => o.timezone === SYDNEY && o.closureSetId === 'cs1' && o.name === 'Christmas Day' && o.allDay)).toBe(true);
  });

  it('property: a yearly closure gives one occurrence for every year of any window of whole years after its start', () => {
    const set = closureSetFromCc(christmasSet);
    fc.assert(
      fc.property(fc.integer({ min: 2027, max: 2090 }), fc.integer({ min: 0, max: 5 }), (from, span) => {
        const items = closureOccurrences([set], `${from}-01-01`, `${from + span}-12-31`);
        expect(items.map((o) => o.start)).toEqual(Array.from({ length: span + 1 }, (_, i) => `${from + i}-12-25T00:00`));
      }),
    );
  });

  it('sorts occurrences of several sets by start and names each set', () => {
    const other = closureSetFromCc(
      ccClosureSetReadSchema.parse({
        closure_set_id: 'cs2',
        closure_set_name: 'Training',
        timezone: 'Europe/London',
        closures: [
          { closure_name: 'Team day', closure_hour_type: 2, start_time: '2027-12-01T09:00:00Z', end_time: '2027-12-01T17:00:00Z', recurring_frequency: 0 },
        ],
      }),
    );
    const items = closureOccurrences([closureSetFromCc(christmasSet), other], '2027-11-01', '2027-12-31');
    expect(items.map((o) => [o.closureSetName, o.name, o.start])).toEqual([
      ['Training', 'Team day', '2027-12-01T09:00'],
      ['Public holidays (Sydney)', 'Christmas Day', '2027-12-25T00:00'],
    ]);
  });

  it('the dates an occurrence covers, clipped to the window; an end at midnight stops the day before', () => {
    expect(occurrenceDates({ start: '2027-12-24T18:00', end: '2027-12-27T00:00' }, '2027-12-25', '2027-12-31')).toEqual(['2027-12-25', '2027-12-26']);
    expect(occurrenceDates({ start: '2027-12-25T00:00', end: '2027-12-25T23:59' }, '2027-01-01', '2027-12-31')).toEqual(['2027-12-25']);
  });
});

describe('weekday 1 in each product', () => {
  it('Contact Center day_of_week 1 is Monday (both ways); Zoom Phone weekday 1 is Sunday', () => {
    const monday = { ...closedWeek('Europe/London').days, mon: { type: 'ranges' as const, ranges: [{ from: '09:00', to: '17:00' }] } };
    const patch = ccBusinessHoursPatch({ timezone: 'Europe/London', days: monday });
    const open = patch.hours?.custom_hours?.filter((d) => d.custom_hour_type !== 0);
    expect(open).toEqual([{ day_of_week: 1, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '09:00', end_time: '17:00' }] }]);
    const cc = weekScheduleFromCc({ business_hour_id: 'b', timezone: 'Europe/London', hours: { hour_type: 2, custom_hours: [{ day_of_week: 1, custom_hour_type: 2, custom_hour_ranges: [{ start_time: '09:00', end_time: '17:00' }] }] } });
    expect(cc.days.mon).toEqual({ type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] });
    expect(cc.days.sun).toEqual({ type: 'closed' });

    const phoneRead = zoomCallHandlingReadSchema.parse({
      business_hours: [
        {
          settings: {
            type: 2,
            custom_hours_settings: [{ weekday: 1, type: 2, from: '09:00', to: '17:00' }],
          },
          sub_setting_type: 'custom_hours',
        },
      ],
    });
    const phone = weekScheduleFromZoomPhone(phoneRead, 'Europe/London');
    expect(phone.days.sun).toEqual({ type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] });
    expect(phone.days.mon).toEqual({ type: 'closed' });
  });
});
