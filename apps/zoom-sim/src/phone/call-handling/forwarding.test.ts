// Call forwarding to external numbers (sub_setting_type call_forwarding), a
// user's: POST gives an id, PATCH updates by id, DELETE removes by id.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { extensionIdOf, readSettings, settingsPath, sub, userExtensionId } from '../../testing/call-handling';

let h: Harness;
let user: string;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.control('POST', '/reset');
  user = await userExtensionId(h, 4);
});
afterAll(async () => h.close());

const forwarding = (settings: object) => ({ sub_setting_type: 'call_forwarding', settings });

async function expectError(res: Response, status: number, code: number, message: string) {
  expect(res.status).toBe(status);
  expect(await res.json()).toEqual({ code, message });
}

describe('call forwarding', () => {
  it('adds a number to business hours, updates it by id and deletes it', async () => {
    const res = await h.api('POST', settingsPath(user, 'business_hours'), forwarding({ phone_number: '+14155550111', description: 'Mobile' }));
    expect(res.status).toBe(201);
    const { call_forwarding_id: id } = (await res.json()) as { call_forwarding_id: string };
    const read = async () => sub((await readSettings(h, user)).business_hours, 'call_forwarding');
    expect(await read()).toEqual({ call_forwarding_settings: [{ id, phone_number: '+14155550111', description: 'Mobile', enable: true }], require_press_1_before_connecting: true });

    const contact = (await h.json<{ external_contacts: Array<{ external_contact_id: string }> }>('GET', '/phone/external_contacts')).external_contacts[0];
    const patch = forwarding({ require_press_1_before_connecting: false, call_forwarding_settings: [{ id, enable: false, external_contact: { external_contact_id: contact?.external_contact_id } }] });
    expect((await h.api('PATCH', settingsPath(user, 'business_hours'), patch)).status).toBe(204);
    expect(await read()).toMatchObject({
      call_forwarding_settings: [{ id, enable: false, external_contact: { external_contact_id: contact?.external_contact_id } }],
      require_press_1_before_connecting: false,
    });

    expect((await h.api('DELETE', `${settingsPath(user, 'business_hours')}?call_forwarding_id=${id}`)).status).toBe(204);
    expect((await read())?.call_forwarding_settings).toEqual([]);
    await expectError(await h.api('DELETE', `${settingsPath(user, 'business_hours')}?call_forwarding_id=${id}`), 404, 404, `Call forwarding does not exist: ${id}.`);
  });

  it('a holiday’s forwarding needs its holiday_id: unknown is 404 "Holiday does not exist."', async () => {
    const created = await h.api('POST', settingsPath(user, 'holiday_hours'), { sub_setting_type: 'holiday', settings: { name: 'Offsite', from: '2026-07-01T16:00:00Z', to: '2026-07-02T15:59:00Z' } });
    const { holiday_id } = (await created.json()) as { holiday_id: string };
    const res = await h.api('POST', settingsPath(user, 'holiday_hours'), forwarding({ holiday_id, phone_number: '+14155550112' }));
    expect(res.status).toBe(201);
    const holiday = (await readSettings(h, user)).holiday_hours[0];
    expect(sub(holiday?.details, 'call_forwarding')?.call_forwarding_settings?.[0]?.phone_number).toBe('+14155550112');
    await expectError(await h.api('POST', settingsPath(user, 'holiday_hours'), forwarding({ holiday_id: 'nope', phone_number: '+14155550112' })), 404, 404, 'Holiday does not exist.');
  });

  it('refuses a bad number, an unknown entry, and forwarding on anything but a user', async () => {
    await expectError(await h.api('POST', settingsPath(user, 'closed_hours'), forwarding({ phone_number: '555-0111' })), 400, 300, 'Validation Failed.');
    await expectError(await h.api('PATCH', settingsPath(user, 'closed_hours'), forwarding({ call_forwarding_settings: [{ id: 'nope', enable: true }] })), 404, 404, 'Call forwarding does not exist: nope.');
    const queue = await extensionIdOf(h, 'callQueue', 'Sales');
    await expectError(await h.api('POST', settingsPath(queue, 'business_hours'), forwarding({ phone_number: '+14155550111' })), 400, 400, 'This operation is not supported.');
    await expectError(await h.api('PATCH', settingsPath(queue, 'business_hours'), forwarding({ require_press_1_before_connecting: false })), 400, 400, 'This operation is not supported.');
    expect(sub((await readSettings(h, queue)).business_hours, 'call_forwarding')).toBeUndefined();
  });

  it('custom hours and call handling cannot be POSTed: "This operation is not supported."', async () => {
    const res = await h.api('POST', settingsPath(user, 'business_hours'), { sub_setting_type: 'custom_hours', settings: { type: 1 } });
    await expectError(res, 400, 400, 'This operation is not supported.');
  });
});
