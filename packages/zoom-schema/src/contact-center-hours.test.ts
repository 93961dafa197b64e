import { describe, expect, it } from 'vitest';
import {
  ccBusinessHoursListSchema,
  ccBusinessHoursPatchSchema,
  ccBusinessHoursPostSchema,
  ccClosureSetPatchSchema,
  ccClosureSetPostSchema,
  ccClosureSetReadSchema,
} from './contact-center-hours';

const weekdayHours = {
  day_of_week: 1,
  custom_hour_type: 2,
  custom_hour_ranges: [
    { start_time: '08:00', end_time: '12:00' },
    { start_time: '13:00', end_time: '17:00' },
  ],
};

describe('Contact Center business hours', () => {
  it('reads a page of business hours with several ranges a day', () => {
    const page = ccBusinessHoursListSchema.parse({
      next_page_token: '',
      page_size: 30,
      business_hours: [
        {
          business_hour_id: 'bh1',
          business_hour_name: 'Support',
          timezone: 'Europe/London',
          hours: { hour_type: 2, custom_hours: [weekdayHours] },
        },
      ],
    });
    expect(page.business_hours[0]?.hours?.custom_hours?.[0]?.custom_hour_ranges).toHaveLength(2);
  });

  it('POST takes 1 or 2 for a day, PATCH also 0 (disabled)', () => {
    const closedDay = { day_of_week: 7, custom_hour_type: 0 };
    const hours = { hour_type: 2, custom_hours: [weekdayHours, closedDay] };
    expect(ccBusinessHoursPostSchema.safeParse({ business_hour_name: 'x', hours }).success).toBe(
      false,
    );
    expect(ccBusinessHoursPatchSchema.safeParse({ hours }).success).toBe(true);
    expect(
      ccBusinessHoursPatchSchema.safeParse({
        hours: { ...hours, custom_hours: [{ ...closedDay, day_of_week: 0 }] },
      }).success,
    ).toBe(false);
  });

  it('PATCH cannot make the default non-default and refuses undocumented fields', () => {
    expect(ccBusinessHoursPatchSchema.safeParse({ account_default: false }).success).toBe(false);
    expect(ccBusinessHoursPatchSchema.safeParse({ business_hour_id: 'bh1' }).success).toBe(false);
  });
});

describe('Contact Center closures', () => {
  const closure = {
    closure_name: 'Christmas Day',
    closure_hour_type: 1,
    start_time: '2026-12-25T00:00:00Z',
    end_time: '2026-12-25T23:59:00Z',
    recurring_frequency: 1,
    recurring_frequency_type: 1,
    recurring_month: 12,
  };

  it('reads a closure set; weekdays as strings or numbers', () => {
    const set = ccClosureSetReadSchema.parse({
      closure_set_id: 'cs1',
      closure_set_name: 'UK holidays',
      timezone: 'Europe/London',
      closures: [{ ...closure, closure_id: 'c1', recurring_days_of_week: ['1', 5] }],
    });
    expect(set.closures[0]?.recurring_days_of_week).toEqual(['1', 5]);
  });

  it('POST needs at least one closure and instants with Z or an offset', () => {
    const base = { closure_set_name: 'UK', timezone: 'Europe/London' };
    expect(ccClosureSetPostSchema.safeParse({ ...base, closures: [closure] }).success).toBe(true);
    expect(ccClosureSetPostSchema.safeParse({ ...base, closures: [] }).success).toBe(false);
    expect(
      ccClosureSetPostSchema.safeParse({
        ...base,
        closures: [{ ...closure, start_time: '2026-12-25T00:00:00+01:00' }],
      }).success,
    ).toBe(true);
    expect(
      ccClosureSetPostSchema.safeParse({
        ...base,
        closures: [{ ...closure, start_time: '2026-12-25T00:00' }],
      }).success,
    ).toBe(false);
    expect(
      ccClosureSetPostSchema.safeParse({
        ...base,
        closures: [{ ...closure, recurring_days_of_week: ['8'] }],
      }).success,
    ).toBe(false);
  });

  it('PATCH items edit, add or delete (to_delete) closures', () => {
    const body = {
      closure_set_name: 'UK',
      timezone: 'Europe/London',
      closures: [
        { closure_id: 'c1', to_delete: true },
        { closure_id: 'c2', closure_name: 'Boxing Day' },
        closure,
      ],
    };
    expect(ccClosureSetPatchSchema.parse(body)).toEqual(body);
    expect(
      ccClosureSetPatchSchema.safeParse({ ...body, closures: [{ closure_id: 'c1', delete: true }] })
        .success,
    ).toBe(false);
  });
});
