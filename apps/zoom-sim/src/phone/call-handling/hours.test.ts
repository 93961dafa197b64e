// PATCH …/business_hours with sub_setting_type custom_hours: round trips,
// Zoom's validation answers, and the silent no-op of unknown fields.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { extensionIdOf, readSettings, settingsPath, sub, userExtensionId } from '../../testing/call-handling';

let h: Harness;
let queue: string;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.control('POST', '/reset');
  queue = await extensionIdOf(h, 'callQueue', 'Technical Support');
});
afterAll(async () => h.close());

const hoursOf = async (id: string) => sub((await readSettings(h, id)).business_hours, 'custom_hours');
const patchHours = (id: string, body: unknown) => h.api('PATCH', settingsPath(id, 'business_hours'), body);

const weekdays = (from: string, to: string) => [2, 3, 4, 5, 6].map((weekday) => ({ weekday, type: 2, from, to }));

describe('custom hours', () => {
  it('round-trips a custom week: the days sent, the others closed as before', async () => {
    const days = [{ weekday: 1, type: 0 }, ...weekdays('07:30', '19:00'), { weekday: 7, type: 1 }];
    const res = await patchHours(queue, { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: days, allow_members_to_reset: true } });
    expect(res.status).toBe(204);
    expect(await hoursOf(queue)).toEqual({ type: 2, custom_hours_settings: days, allow_members_to_reset: true });
  });

  it('a PATCH of one weekday changes that day only; type 1 hides the week, type 2 brings it back', async () => {
    const user = await userExtensionId(h, 0);
    expect((await hoursOf(user))?.type).toBe(2);
    await patchHours(user, { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [{ weekday: 7, type: 2, from: '10:00', to: '12:00' }] } });
    const week = (await hoursOf(user))?.custom_hours_settings;
    expect(week?.find((d) => d.weekday === 7)).toEqual({ weekday: 7, type: 2, from: '10:00', to: '12:00' });
    expect(week?.find((d) => d.weekday === 2)).toEqual({ weekday: 2, type: 2, from: '09:00', to: '17:00' });
    await patchHours(user, { sub_setting_type: 'custom_hours', settings: { type: 1 } });
    expect(await hoursOf(user)).toEqual({ type: 1 });
    await patchHours(user, { sub_setting_type: 'custom_hours', settings: { type: 2 } });
    expect((await hoursOf(user))?.custom_hours_settings).toEqual(week);
  });

  it('days sent without `type` to a 24/7 extension are kept aside, not applied', async () => {
    const res = await patchHours(queue, { sub_setting_type: 'custom_hours', settings: { custom_hours_settings: weekdays('08:00', '16:00') } });
    expect(res.status).toBe(204);
    expect((await hoursOf(queue))?.type).toBe(1);
  });

  it('refuses a day whose from is not before to, or whose times are not HH:mm, naming the weekday', async () => {
    for (const day of [
      { weekday: 3, type: 2, from: '17:00', to: '09:00' },
      { weekday: 3, type: 2, from: '09:00', to: '09:00' },
      { weekday: 3, type: 2, from: '9:00', to: '17:00' },
      { weekday: 3, type: 2, from: '09:00', to: '24:00' },
      { weekday: 3, type: 2 },
    ]) {
      const res = await patchHours(queue, { sub_setting_type: 'custom_hours', settings: { type: 2, custom_hours_settings: [{ weekday: 2, type: 1 }, day] } });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 400, message: 'Invalid customer hours from/to time for weekday: 3.' });
    }
    expect(await hoursOf(queue)).toEqual({ type: 1, allow_members_to_reset: false });
  });

  it('refuses undocumented values: weekday 0 or 8, day type 3, hours type 0 → 400 / 300', async () => {
    for (const settings of [
      { type: 2, custom_hours_settings: [{ weekday: 0, type: 1 }] },
      { type: 2, custom_hours_settings: [{ weekday: 8, type: 1 }] },
      { type: 2, custom_hours_settings: [{ weekday: 2, type: 3 }] },
      { type: 0 },
      { type: 2, custom_hours_settings: [{ type: 1 }] },
    ]) {
      const res = await patchHours(queue, { sub_setting_type: 'custom_hours', settings });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 300, message: 'Validation Failed.' });
    }
  });

  it('ignores unknown fields and still answers 204 — the silent no-op', async () => {
    const before = await readSettings(h, queue);
    for (const body of [
      { sub_setting_type: 'custom_hours', custom_hours_settings: weekdays('09:00', '17:00'), type: 2 },
      { sub_setting_type: 'custom_hours', settings: { hours: weekdays('09:00', '17:00'), business_hours: { type: 2 } } },
      { sub_setting_type: 'custom_hours' },
    ]) {
      expect((await patchHours(queue, body)).status).toBe(204);
    }
    expect(await readSettings(h, queue)).toEqual(before);
  });

  it('custom hours belong to business_hours; a missing or unknown sub_setting_type or setting type is refused', async () => {
    const closed = await h.api('PATCH', settingsPath(queue, 'closed_hours'), { sub_setting_type: 'custom_hours', settings: { type: 1 } });
    expect(closed.status).toBe(400);
    expect(await closed.json()).toEqual({ code: 400, message: 'This operation is not supported.' });
    for (const [type, body] of [
      ['business_hours', { settings: { type: 1 } }],
      ['business_hours', { sub_setting_type: 'hours', settings: { type: 1 } }],
      ['open_hours', { sub_setting_type: 'custom_hours', settings: { type: 1 } }],
    ] as const) {
      const res = await h.api('PATCH', settingsPath(queue, type), body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 300, message: 'Validation Failed.' });
    }
  });

  it('allow_members_to_reset is a call queue’s: a user’s PATCH ignores it', async () => {
    const user = await userExtensionId(h, 1);
    expect((await patchHours(user, { sub_setting_type: 'custom_hours', settings: { type: 1, allow_members_to_reset: true } })).status).toBe(204);
    expect(await hoursOf(user)).toEqual({ type: 1 });
  });

  it('PATCH of an unknown extension answers 404 / 404; with dropWrites a valid PATCH is 204 and changes nothing', async () => {
    const res = await patchHours('nope', { sub_setting_type: 'custom_hours', settings: { type: 1 } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 404, message: 'Extension does not exist: nope' });
    await h.control('POST', '/faults', { dropWrites: true });
    expect((await patchHours(queue, { sub_setting_type: 'custom_hours', settings: { type: 2 } })).status).toBe(204);
    expect((await hoursOf(queue))?.type).toBe(1);
  });
});
