// Holidays through call handling: POST gives an id, PATCH moves or renames,
// DELETE removes; an auto receptionist's holiday shows up on its record and
// gets (and loses) its own IVR holiday menu.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import type { IvrRead, Named } from '../../testing/shapes';
import { extensionIdOf, holidaysOf, readSettings, settingsPath, userExtensionId } from '../../testing/call-handling';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.control('POST', '/reset');
});
afterAll(async () => h.close());

const christmas = { name: 'Christmas Day', from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' };
const post = (id: string, settings: object, type = 'holiday_hours') => h.api('POST', settingsPath(id, type), { sub_setting_type: 'holiday', settings });
const patch = (id: string, settings: object) => h.api('PATCH', settingsPath(id, 'holiday_hours'), { sub_setting_type: 'holiday', settings });
const remove = (id: string, holidayId: string) => h.api('DELETE', `${settingsPath(id, 'holiday_hours')}?holiday_id=${holidayId}`);

async function expectError(res: Response, status: number, code: number, message: string) {
  expect(res.status).toBe(status);
  expect(await res.json()).toEqual({ code, message });
}

async function arByName(name: string) {
  const list = await h.json<{ auto_receptionists: Named[] }>('GET', '/phone/auto_receptionists');
  const ar = list.auto_receptionists.find((a) => a.name === name);
  if (!ar?.extension_id) throw new Error(name);
  return { id: ar.id, extensionId: ar.extension_id };
}

describe('holidays', () => {
  it('POST gives a holiday id; it reads back on a user, and PATCH and DELETE by that id', async () => {
    const user = await userExtensionId(h, 7);
    const res = await post(user, christmas);
    expect(res.status).toBe(201);
    const { holiday_id } = (await res.json()) as { holiday_id: string };
    expect(holiday_id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(holidaysOf(await readSettings(h, user))).toEqual([{ id: holiday_id, ...christmas }]);

    expect((await patch(user, { holiday_id, name: 'Christmas (office)', to: '2026-12-25T06:59:00Z' })).status).toBe(204);
    expect(holidaysOf(await readSettings(h, user))).toEqual([{ id: holiday_id, name: 'Christmas (office)', from: christmas.from, to: '2026-12-25T06:59:00Z' }]);

    expect((await remove(user, holiday_id)).status).toBe(204);
    expect((await readSettings(h, user)).holiday_hours).toEqual([]);
    await expectError(await remove(user, holiday_id), 404, 404, 'Holiday does not exist.');
  });

  it('an auto receptionist’s new holiday is on its record and has Zoom’s default IVR menu; deleted, the menu goes', async () => {
    const ar = await arByName('Support Menu');
    const res = await post(ar.extensionId, { name: 'Company offsite', from: '2026-06-12T07:00:00Z', to: '2026-06-13T06:59:00Z' });
    const { holiday_id } = (await res.json()) as { holiday_id: string };
    const record = await h.json<Named>('GET', `/phone/auto_receptionists/${ar.id}`);
    expect(record.holiday_hours).toEqual([{ id: holiday_id, name: 'Company offsite', from: '2026-06-12T07:00:00Z', to: '2026-06-13T06:59:00Z' }]);
    const menu = await h.json<IvrRead>('GET', `/phone/auto_receptionists/${ar.id}/ivr?holiday_id=${holiday_id}`);
    expect(menu.key_actions.find((k) => k.key === '0')?.action).toBe(100);
    expect(menu.key_actions.find((k) => k.key === '1')?.action).toBe(-1);
    expect(menu.audio_prompt).toBeUndefined();

    expect((await remove(ar.extensionId, holiday_id)).status).toBe(204);
    expect((await h.json<Named>('GET', `/phone/auto_receptionists/${ar.id}`)).holiday_hours).toEqual([]);
    const gone = await h.api('GET', `/phone/auto_receptionists/${ar.id}/ivr?holiday_id=${holiday_id}`);
    expect(gone.status).toBe(400);
    expect(await gone.json()).toEqual({ code: 400, message: `Holiday hours handling does not exist: ${holiday_id}.` });
  });

  it('a seeded auto receptionist holiday deleted here leaves the IVR and the record too', async () => {
    const ar = await arByName('Main Line – London');
    const before = await h.json<Named>('GET', `/phone/auto_receptionists/${ar.id}`);
    const first = before.holiday_hours?.[0]?.id ?? '';
    expect((await remove(ar.extensionId, first)).status).toBe(204);
    const after = await h.json<Named>('GET', `/phone/auto_receptionists/${ar.id}`);
    expect(after.holiday_hours?.map((x) => x.id)).toEqual(before.holiday_hours?.slice(1).map((x) => x.id));
    expect((await h.api('GET', `/phone/auto_receptionists/${ar.id}/ivr?holiday_id=${first}`)).status).toBe(400);
  });

  it('refuses holiday times that are not UTC yyyy-MM-ddTHH:mm:ssZ, or that end before they start', async () => {
    const queue = await extensionIdOf(h, 'callQueue', 'Sales');
    const before = await readSettings(h, queue);
    for (const times of [
      { from: '2026-12-25T00:00:00+11:00', to: '2026-12-25T23:59:00+11:00' },
      { from: '2026-12-25T00:00:00.000Z', to: '2026-12-25T23:59:00.000Z' },
      { from: '2026-12-25', to: '2026-12-26' },
      { from: '2026-02-30T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      { from: '2026-12-26T00:00:00Z', to: '2026-12-25T00:00:00Z' },
      { from: '2026-12-25T00:00:00Z' },
    ]) {
      await expectError(await post(queue, { name: 'Bad', ...times }), 400, 400, 'Invalid holiday from/to time.');
    }
    const id = before.holiday_hours[0]?.holiday_id ?? '';
    await expectError(await patch(queue, { holiday_id: id, from: '2030-01-01T00:00:00Z' }), 400, 400, 'Invalid holiday from/to time.');
    expect(await readSettings(h, queue)).toEqual(before);
  });

  it('needs a name, a holiday_id to PATCH, and holiday_hours as the setting type', async () => {
    const queue = await extensionIdOf(h, 'callQueue', 'Sales');
    await expectError(await post(queue, { ...christmas, name: ' ' }), 400, 300, 'Validation Failed.');
    await expectError(await patch(queue, { name: 'x' }), 400, 300, 'Validation Failed.');
    await expectError(await patch(queue, { holiday_id: 'nope', name: 'x' }), 404, 404, 'Holiday does not exist.');
    await expectError(await post(queue, christmas, 'business_hours'), 400, 400, 'This operation is not supported.');
    const wrongType = await h.api('PATCH', settingsPath(queue, 'closed_hours'), { sub_setting_type: 'holiday', settings: { holiday_id: 'x' } });
    await expectError(wrongType, 400, 400, 'This operation is not supported.');
    await expectError(await h.api('DELETE', settingsPath(queue, 'holiday_hours')), 400, 300, 'Validation Failed.');
    await expectError(await post('nope', christmas), 404, 404, 'Extension does not exist: nope');
    await expectError(await remove('nope', 'x'), 404, 404, 'Extension does not exist: nope');
  });

  it('unknown fields are ignored with a 204; with dropWrites, PATCH and DELETE answer 204 and change nothing', async () => {
    const queue = await extensionIdOf(h, 'callQueue', 'UK Sales');
    const before = await readSettings(h, queue);
    const id = before.holiday_hours[0]?.holiday_id ?? '';
    expect((await patch(queue, { holiday_id: id, title: 'Renamed', start: '2030-01-01T00:00:00Z' })).status).toBe(204);
    expect(await readSettings(h, queue)).toEqual(before);
    await h.control('POST', '/faults', { dropWrites: true });
    expect((await patch(queue, { holiday_id: id, name: 'Renamed' })).status).toBe(204);
    expect((await remove(queue, id)).status).toBe(204);
    expect(await readSettings(h, queue)).toEqual(before);
  });
});
