import { describe, expect, it } from 'vitest';
import { zoomCallHandlingReadSchema } from './phone-call-handling';
import {
  zoomCallHandlingDeleteQuerySchema,
  zoomCallHandlingPatchSchema,
  zoomCallHandlingPostSchema,
} from './phone-call-handling-write';

describe('zoomCallHandlingReadSchema', () => {
  it('reads hours, closed-hours routing and holidays in their documented places', () => {
    const read = zoomCallHandlingReadSchema.parse({
      business_hours: [
        {
          sub_setting_type: 'custom_hours',
          settings: {
            type: 2,
            custom_hours_settings: [{ weekday: 2, type: 2, from: '09:00', to: '17:00' }],
          },
        },
        {
          sub_setting_type: 'call_handling',
          settings: { routing: { action: 1 }, some_new_field: 1 },
        },
      ],
      closed_hours: [
        {
          sub_setting_type: 'call_handling',
          settings: {
            routing: { action: 2, forward_to: { extension_id: 'ext-1', extension_number: 1001 } },
          },
        },
      ],
      holiday_hours: [
        {
          holiday_id: 'h-1',
          details: [
            {
              sub_setting_type: 'holiday',
              settings: {
                name: 'New Year',
                from: '2027-01-01T00:00:00Z',
                to: '2027-01-01T23:59:00Z',
              },
            },
          ],
        },
      ],
    });
    expect(read.business_hours[0]?.settings?.custom_hours_settings).toEqual([
      { weekday: 2, type: 2, from: '09:00', to: '17:00' },
    ]);
    expect(read.business_hours[1]?.settings).toEqual({ routing: { action: 1 } });
    expect(read.closed_hours[0]?.settings?.routing?.forward_to?.extension_number).toBe(1001);
    expect(read.holiday_hours[0]?.details[0]?.settings?.from).toBe('2027-01-01T00:00:00Z');
  });

  it('an extension without settings reads as empty lists', () => {
    expect(zoomCallHandlingReadSchema.parse({})).toEqual({
      business_hours: [],
      closed_hours: [],
      holiday_hours: [],
    });
  });
});

describe('call handling write shapes', () => {
  it('takes a custom_hours PATCH with the documented fields only', () => {
    const body = {
      sub_setting_type: 'custom_hours',
      settings: {
        type: 2,
        custom_hours_settings: [
          { weekday: 1, type: 0 },
          { weekday: 2, type: 2, from: '09:00', to: '17:00' },
        ],
      },
    };
    expect(zoomCallHandlingPatchSchema.parse(body)).toEqual(body);
    // the read shape's spelling is not the write shape
    expect(
      zoomCallHandlingPatchSchema.safeParse({
        ...body,
        settings: { ...body.settings, custom_hours: [] },
      }).success,
    ).toBe(false);
    expect(
      zoomCallHandlingPatchSchema.safeParse({
        sub_setting_type: 'custom_hours',
        settings: { type: 3 },
      }).success,
    ).toBe(false);
  });

  it('refuses a weekday outside 1–7 and a time that is not HH:mm', () => {
    const day = (d: object) => ({
      sub_setting_type: 'custom_hours',
      settings: { type: 2, custom_hours_settings: [d] },
    });
    expect(zoomCallHandlingPatchSchema.safeParse(day({ weekday: 0, type: 1 })).success).toBe(false);
    expect(zoomCallHandlingPatchSchema.safeParse(day({ weekday: 8, type: 1 })).success).toBe(false);
    expect(
      zoomCallHandlingPatchSchema.safeParse(day({ weekday: 2, type: 2, from: '9:00', to: '17:00' }))
        .success,
    ).toBe(false);
    expect(
      zoomCallHandlingPatchSchema.safeParse(
        day({ weekday: 2, type: 2, from: '09:00', to: '24:00' }),
      ).success,
    ).toBe(false);
  });

  it('holiday PATCH and POST carry UTC instants; the routing PATCH is flat', () => {
    const settings = {
      name: 'Christmas Day',
      from: '2026-12-24T13:00:00Z',
      to: '2026-12-25T12:59:00Z',
    };
    expect(
      zoomCallHandlingPostSchema.parse({ sub_setting_type: 'holiday', settings }),
    ).toBeTruthy();
    expect(
      zoomCallHandlingPatchSchema.parse({
        sub_setting_type: 'holiday',
        settings: { ...settings, holiday_id: 'h' },
      }),
    ).toBeTruthy();
    expect(
      zoomCallHandlingPostSchema.safeParse({
        sub_setting_type: 'holiday',
        settings: { ...settings, from: '2026-12-25T00:00:00+11:00' },
      }).success,
    ).toBe(false);
    expect(
      zoomCallHandlingPatchSchema.parse({
        sub_setting_type: 'call_handling',
        settings: { call_not_answer_action: 2, forward_to_extension_id: 'e' },
      }),
    ).toBeTruthy();
    expect(
      zoomCallHandlingPatchSchema.safeParse({
        sub_setting_type: 'call_handling',
        settings: { routing: { action: 2 } },
      }).success,
    ).toBe(false);
  });

  it('DELETE names the holiday or forwarding in the query', () => {
    expect(zoomCallHandlingDeleteQuerySchema.parse({ holiday_id: 'h' })).toEqual({
      holiday_id: 'h',
    });
    expect(zoomCallHandlingDeleteQuerySchema.safeParse({ id: 'h' }).success).toBe(false);
  });
});
