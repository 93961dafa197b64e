import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IvrRead, Listed } from '../../testing/shapes';
import { firstAudio, findByName, mainAr, someUser } from '../../testing/fixtures';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';

let h: Harness;
let arId: string;
beforeAll(async () => {
  h = await startHarness();
  arId = (await mainAr(h)).id;
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const ivrPath = (id: string, query = '') => `/phone/auto_receptionists/${id}/ivr${query}`;
const readIvr = async (query = '', id = arId) => await h.json<IvrRead>('GET', ivrPath(id, query));
const keyOf = (ivr: IvrRead, key: string) => ivr.key_actions.find((k) => k.key === key);
const patch = (body: unknown, query = '', id = arId) => h.api('PATCH', ivrPath(id, query), body);

async function expect300(body: unknown, message: string) {
  const res = await patch(body);
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({ code: 300, message });
}

describe('IVR read shape', () => {
  it('GET returns the documented read shape with all 12 keys, 0–9 then * and #', async () => {
    const raw = await h.json<Record<string, unknown>>('GET', ivrPath(arId));
    expect(Object.keys(raw).sort()).toEqual(['audio_prompt', 'caller_enters_no_action', 'key_actions']);
    const ivr = (raw as unknown as IvrRead);
    expect(ivr.key_actions.map((k) => k.key)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#']);
    expect(ivr.audio_prompt).toEqual({ id: expect.any(String), name: 'Main greeting (San Francisco)' });
    const sales = await findByName(h, '/phone/call_queues', 'call_queues', 'Sales');
    expect(keyOf(ivr, '1')).toEqual({
      key: '1',
      action: 7,
      target: { display_name: 'Sales', extension_id: sales.extension_id, extension_number: String(sales.extension_number), id: sales.id },
    });
    expect(ivr.caller_enters_no_action).toEqual({
      action: 7,
      audio_prompt_repeat: 2,
      forward_to: { display_name: 'Sales', extension_id: sales.extension_id, extension_number: String(sales.extension_number), id: sales.id },
    });
  });

  it('business and closed menus differ; voicemail keys carry voicemail_greeting{id,name}', async () => {
    const business = await readIvr();
    const closed = await readIvr('?hours_type=closed_hours');
    expect(closed).not.toEqual(business);
    expect(keyOf(closed, '0')).toMatchObject({ action: 100, voicemail_greeting: { name: 'Front desk voicemail greeting' } });
    expect(keyOf(closed, '2')).toMatchObject({ action: 400, target: { display_name: 'Technical Support' }, voicemail_greeting: { id: expect.any(String) } });
  });

  it('unknown auto receptionist and unknown holiday answer 400 with Zoom’s messages', async () => {
    const res = await h.api('GET', ivrPath('nope'));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 400, message: 'Auto Receptionist does not exist: nope.' });
    const hol = await h.api('GET', ivrPath(arId, '?holiday_id=nope'));
    expect(hol.status).toBe(400);
    expect(await hol.json()).toEqual({ code: 400, message: 'Holiday hours handling does not exist: nope.' });
    const bad = await patch({ holiday_id: 'nope', key_action: { key: '1', action: -1 } });
    expect(await bad.json()).toEqual({ code: 400, message: 'Holiday hours handling does not exist: nope.' });
    const badAr = await patch({ key_action: { key: '1', action: -1 } }, '', 'nope');
    expect(badAr.status).toBe(400);
    expect(await badAr.json()).toEqual({ code: 400, message: 'Auto Receptionist does not exist: nope.' });
  });
});

describe('IVR PATCH: the forum’s silent no-op', () => {
  it('the forum’s exact request (key_actions array, hours_type in query) answers 204 and changes nothing', async () => {
    const user = await someUser(h);
    const before = await readIvr('?hours_type=business_hours');
    const res = await patch(
      { key_actions: [{ key: '1', action: 2, target: { extension_id: user.extension_id } }] },
      '?hours_type=business_hours',
    );
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await readIvr('?hours_type=business_hours')).toEqual(before);
    expect(keyOf(before, '1')?.action).toBe(7);
  });

  it('the same change in the documented write shape answers 204 and GET shows it', async () => {
    const user = await someUser(h);
    const res = await patch({ hours_type: 'business_hours', key_action: { key: '1', action: 2, target: { extension_id: user.extension_id } } });
    expect(res.status).toBe(204);
    const after = await readIvr('?hours_type=business_hours');
    expect(keyOf(after, '1')).toEqual({
      key: '1',
      action: 2,
      target: { display_name: user.name, extension_id: user.extension_id, extension_number: String(user.extension_number), id: user.id },
    });
    expect(keyOf(after, '2')?.action).toBe(6);
  });

  it('hours_type given only in the query is ignored by PATCH: the business menu changes', async () => {
    const closedBefore = await readIvr('?hours_type=closed_hours');
    expect((await patch({ key_action: { key: '7', action: -1 } }, '?hours_type=closed_hours')).status).toBe(204);
    expect((await patch({ key_action: { key: '9', action: 100 } }, '?hours_type=closed_hours')).status).toBe(204);
    expect(await readIvr('?hours_type=closed_hours')).toEqual(closedBefore);
    expect(keyOf(await readIvr(), '9')?.action).toBe(100);
  });

  it('hours_type in the body selects the closed menu', async () => {
    expect((await patch({ hours_type: 'closed_hours', key_action: { key: '9', action: 100 } })).status).toBe(204);
    expect(keyOf(await readIvr('?hours_type=closed_hours'), '9')?.action).toBe(100);
    expect(keyOf(await readIvr(), '9')?.action).toBe(-1);
  });

  it('prompt and no-action change in one PATCH; repeat and forward read back', async () => {
    const audio = await firstAudio(h, 5);
    const user = await someUser(h, 2);
    const res = await patch({
      audio_prompt_id: audio.audio_id,
      caller_enters_no_action: { action: 2, audio_prompt_repeat: 3, forward_to_extension_id: user.extension_id },
    });
    expect(res.status).toBe(204);
    const ivr = await readIvr();
    expect(ivr.audio_prompt).toEqual({ id: audio.audio_id, name: audio.name });
    expect(ivr.caller_enters_no_action).toEqual({
      action: 2,
      audio_prompt_repeat: 3,
      forward_to: { display_name: user.name, extension_id: user.extension_id, extension_number: String(user.extension_number), id: user.id },
    });
  });

  it('an empty body or only unknown fields answers 204 and changes nothing', async () => {
    const before = await readIvr();
    expect((await patch({})).status).toBe(204);
    expect((await patch({ keyActions: { 1: 7 }, audio_prompt: { id: 'x' } })).status).toBe(204);
    expect(await readIvr()).toEqual(before);
  });
});

describe('IVR PATCH validation (code 300)', () => {
  it('an action the key does not accept', async () => {
    await expect300({ key_action: { key: '1', action: 21 } }, 'The action value is not correct.');
    await expect300({ key_action: { key: '*', action: 2 } }, 'The action value is not correct.');
    await expect300({ key_action: { key: '1', action: 11 } }, 'The action value is not correct.');
  });

  it('a forward whose extension is missing, unknown or of the wrong kind', async () => {
    const user = await someUser(h);
    const queue = await findByName(h, '/phone/call_queues', 'call_queues', 'Sales');
    await expect300({ key_action: { key: '1', action: 7 } }, 'The action value is not correct.');
    await expect300({ key_action: { key: '1', action: 7, target: { extension_id: 'nope' } } }, 'The action value is not correct.');
    await expect300({ key_action: { key: '1', action: 7, target: { extension_id: user.extension_id } } }, 'The action value is not correct.');
    expect((await patch({ key_action: { key: '1', action: 7, target: { extension_id: queue.extension_id } } })).status).toBe(204);
  });

  it('voicemail of a user without a greeting', async () => {
    const user = await someUser(h);
    await expect300({ key_action: { key: '4', action: 200, target: { extension_id: user.extension_id } } }, 'Voicemail greeting file id is required.');
    const audio = await firstAudio(h);
    const ok = await patch({ key_action: { key: '4', action: 200, target: { extension_id: user.extension_id }, voicemail_greeting_id: audio.audio_id } });
    expect(ok.status).toBe(204);
    expect(keyOf(await readIvr(), '4')).toMatchObject({ action: 200, voicemail_greeting: { id: audio.audio_id, name: audio.name } });
  });

  it('forward to a phone number without one', async () => {
    await expect300({ key_action: { key: '6', action: 10 } }, 'The phone number to forward to is required.');
    await expect300({ key_action: { key: '6', action: 10, target: { phone_number: 'call me' } } }, 'The phone number to forward to is required.');
    expect((await patch({ key_action: { key: '6', action: 10, target: { phone_number: '+14155550111' } } })).status).toBe(204);
    expect(keyOf(await readIvr(), '6')).toEqual({ key: '6', action: 10, target: { phone_number: '+14155550111' } });
  });

  it('no-action: bad action, missing or too many repeats, bad forward id', async () => {
    const queue = await findByName(h, '/phone/call_queues', 'call_queues', 'Sales');
    await expect300({ caller_enters_no_action: { action: 9, audio_prompt_repeat: 1 } }, 'The action value set for if caller enters no action after the prompt played is not correct.');
    await expect300({ caller_enters_no_action: { action: 100, audio_prompt_repeat: 1 } }, 'The action value set for if caller enters no action after the prompt played is not correct.');
    await expect300({ caller_enters_no_action: { action: -1 } }, 'The number of times to repeat the audio prompt is required and can not be greater than 3.');
    await expect300({ caller_enters_no_action: { action: -1, audio_prompt_repeat: 4 } }, 'The number of times to repeat the audio prompt is required and can not be greater than 3.');
    await expect300({ caller_enters_no_action: { action: 6, audio_prompt_repeat: 2, forward_to_extension_id: queue.extension_id } }, 'The id for noAction to forward to is not correct.');
    await expect300({ caller_enters_no_action: { action: 7, audio_prompt_repeat: 2 } }, 'The id for noAction to forward to is not correct.');
  });

  it('a failing PATCH changes nothing, even the valid parts of its body', async () => {
    const before = await readIvr();
    const audio = await firstAudio(h, 3);
    const res = await patch({ audio_prompt_id: audio.audio_id, key_action: { key: '1', action: 10 } });
    expect(res.status).toBe(400);
    expect(await readIvr()).toEqual(before);
  });

  it('a malformed hours_type is a validation failure', async () => {
    await expect300({ hours_type: 'holiday_hours', key_action: { key: '1', action: -1 } }, 'Validation Failed.');
  });
});

describe('holiday menus', () => {
  it('holiday_id wins over hours_type; a holiday without its own menu reads Zoom’s default', async () => {
    const ar = await h.json<{ holiday_hours: Array<{ id: string; name: string }> }>('GET', `/phone/auto_receptionists/${arId}`);
    const holiday = ar.holiday_hours[0];
    if (!holiday) throw new Error('no holiday');
    const seeded = await readIvr(`?holiday_id=${holiday.id}&hours_type=closed_hours`);
    expect(seeded.audio_prompt?.name).toBe('Holiday greeting (US)');

    const res = await patch({ holiday_id: holiday.id, hours_type: 'closed_hours', key_action: { key: '5', action: 100 } });
    expect(res.status).toBe(204);
    expect(keyOf(await readIvr(`?holiday_id=${holiday.id}`), '5')?.action).toBe(100);
    expect(keyOf(await readIvr('?hours_type=closed_hours'), '5')?.action).toBe(-1);
  });

  it('London holidays past the first two keep the default menu: 0 → 100, 1–9 → -1, * → 21, # → -1', async () => {
    const ldn = await findByName(h, '/phone/auto_receptionists', 'auto_receptionists', 'Main Line – London');
    const detail = await h.json<{ holiday_hours: Array<{ id: string }> }>('GET', `/phone/auto_receptionists/${ldn.id}`);
    const third = detail.holiday_hours[2];
    if (!third) throw new Error('no third holiday');
    const ivr = await readIvr(`?holiday_id=${third.id}`, ldn.id);
    expect(ivr.audio_prompt).toBeUndefined();
    expect(ivr.caller_enters_no_action).toEqual({ action: -1, audio_prompt_repeat: 3 });
    expect(Object.fromEntries(ivr.key_actions.map((k) => [k.key, k.action]))).toEqual({
      '0': 100, '1': -1, '2': -1, '3': -1, '4': -1, '5': -1, '6': -1, '7': -1, '8': -1, '9': -1, '*': 21, '#': -1,
    });
  });
});

describe('targets outside people and queues (actions 3, 5, 15, 16, 17)', () => {
  it('the seeded services line routes to a Zoom Room, a Cisco/Polycom room, Contact Center, a meeting service and its number', async () => {
    const services = await findByName(h, '/phone/auto_receptionists', 'auto_receptionists', 'Facilities & Services Line');
    const ivr = await readIvr('', services.id);
    const room = (await h.json<Listed<'rooms'>>('GET', '/phone/rooms')).rooms.find((r) => r.name === 'Golden Gate Boardroom');
    const entry = (await h.json<Listed<'entry_points', { entry_id: string; entry_name: string }>>('GET', '/contact_center/flows_entry_points')).entry_points[0];
    const meeting = (await h.json<Listed<'phone_numbers'>>('GET', '/phone/numbers?type=assigned&extension_type=meetingService')).phone_numbers[0];
    expect(keyOf(ivr, '1')).toMatchObject({ action: 3, target: { display_name: 'Golden Gate Boardroom', extension_id: room?.extension_id } });
    expect(keyOf(ivr, '2')).toMatchObject({ action: 5, target: { display_name: 'Training Room (Cisco)' } });
    expect(keyOf(ivr, '3')).toEqual({ key: '3', action: 15, target: { display_name: entry?.entry_name, extension_id: entry?.entry_id, id: entry?.entry_id } });
    expect(keyOf(ivr, '4')).toMatchObject({ action: 16, target: { display_name: 'Company Meeting Dial-in', extension_id: meeting?.assignee?.id } });
    expect(keyOf(ivr, '5')).toEqual({ key: '5', action: 17, target: { phone_number: '+14155550175' } });
    expect(ivr.caller_enters_no_action).toMatchObject({ action: 15, forward_to: { extension_id: entry?.entry_id } });
  });

  it('each can be written to another key and reads back; a target of the wrong kind is refused', async () => {
    const services = await findByName(h, '/phone/auto_receptionists', 'auto_receptionists', 'Facilities & Services Line');
    const seeded = await readIvr('', services.id);
    const cases = ['1', '2', '3', '4'].map((k) => keyOf(seeded, k)!);
    for (const [i, ka] of cases.entries()) {
      const key = String(6 + i);
      const res = await patch({ key_action: { key, action: ka.action, target: { extension_id: ka.target?.extension_id } } }, '', arId);
      expect(res.status, `action ${ka.action}`).toBe(204);
      expect(keyOf(await readIvr(), key)).toMatchObject({ action: ka.action, target: { extension_id: ka.target?.extension_id } });
    }
    const user = await someUser(h);
    for (const action of [3, 5, 15, 16]) {
      await expect300({ key_action: { key: '6', action, target: { extension_id: user.extension_id } } }, 'The action value is not correct.');
    }
    expect((await patch({ caller_enters_no_action: { action: 16, audio_prompt_repeat: 1, forward_to_extension_id: cases[3]?.target?.extension_id } })).status).toBe(400);
  });
});
