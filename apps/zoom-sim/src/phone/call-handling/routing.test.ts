// PATCH with sub_setting_type call_handling: the write shape
// (call_not_answer_action, forward_to_extension_id, …) reads back as
// routing{action, forward_to{…}}; Zoom's documented refusals; the read shape
// sent as a write is ignored with a 204.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { firstAudio } from '../../testing/fixtures';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { extensionIdOf, readSettings, settingsPath, sub, userExtensionId } from '../../testing/call-handling';

let h: Harness;
let queue: string;
let user: string;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.control('POST', '/reset');
  queue = await extensionIdOf(h, 'callQueue', 'Billing');
  user = await userExtensionId(h, 5);
});
afterAll(async () => h.close());

const handling = (settings: object) => ({ sub_setting_type: 'call_handling', settings });
const patch = (id: string, type: string, settings: object) => h.api('PATCH', settingsPath(id, type), handling(settings));
const closedOf = async (id: string) => sub((await readSettings(h, id)).closed_hours, 'call_handling');
const businessOf = async (id: string) => sub((await readSettings(h, id)).business_hours, 'call_handling');

async function expectError(res: Response, status: number, code: number, message: string) {
  expect(res.status).toBe(status);
  expect(await res.json()).toEqual({ code, message });
}

describe('call handling routing', () => {
  it('closed hours to another call queue, then to a phone number, then voicemail with a greeting', async () => {
    const sales = await extensionIdOf(h, 'callQueue', 'Sales');
    expect((await patch(queue, 'closed_hours', { call_not_answer_action: 7, forward_to_extension_id: sales })).status).toBe(204);
    expect((await closedOf(queue))?.routing).toMatchObject({ action: 7, forward_to: { extension_id: sales, display_name: 'Sales', extension_type: 'callQueue', extension_number: 6001 } });

    expect((await patch(queue, 'closed_hours', { call_not_answer_action: 10, phone_number: '+14155550123', description: 'Duty phone' })).status).toBe(204);
    expect((await closedOf(queue))?.routing).toMatchObject({ action: 10, forward_to: { phone_number: '+14155550123', description: 'Duty phone' } });
    expect((await closedOf(queue))?.routing?.forward_to?.extension_id).toBeUndefined();

    const greeting = await firstAudio(h, 14);
    expect((await patch(queue, 'closed_hours', { call_not_answer_action: 1, voicemail_greeting_id: greeting.audio_id })).status).toBe(204);
    expect((await closedOf(queue))?.routing).toMatchObject({ action: 1, voicemail_greeting: { id: greeting.audio_id, name: greeting.name } });
  });

  it('an auto receptionist routes to its IVR (14); a user may not, and an auto receptionist may not disconnect (11)', async () => {
    const ar = await extensionIdOf(h, 'autoReceptionist', 'Support Menu');
    expect((await patch(ar, 'closed_hours', { call_not_answer_action: 6, forward_to_extension_id: await extensionIdOf(h, 'autoReceptionist', 'After-Hours Emergency Line') })).status).toBe(204);
    expect((await closedOf(ar))?.routing?.forward_to?.display_name).toBe('After-Hours Emergency Line');
    expect((await patch(ar, 'closed_hours', { call_not_answer_action: 14 })).status).toBe(204);
    expect((await closedOf(ar))?.routing).toEqual({ action: 14 });
    await expectError(await patch(ar, 'closed_hours', { call_not_answer_action: 11 }), 400, 300, 'Validation Failed.');
    await expectError(await patch(user, 'closed_hours', { call_not_answer_action: 14 }), 400, 300, 'Validation Failed.');
  });

  it('a Zoom Contact Center number (19) and a message then disconnect (12) read back with their details', async () => {
    const ar = await extensionIdOf(h, 'autoReceptionist', 'Main Line – Sydney');
    expect((await patch(ar, 'closed_hours', { call_not_answer_action: 19, forward_to_zcc_phone_number: '+61255500170' })).status).toBe(204);
    expect((await closedOf(ar))?.routing).toEqual({ action: 19, forward_to: { zcc_phone_number: '+61255500170', zcc_phone_number_display_name: 'APAC Care – Voice' } });
    await expectError(await patch(ar, 'closed_hours', { call_not_answer_action: 19, forward_to_zcc_phone_number: '+61255500999' }), 400, 300, 'Validation Failed.');
    const message = await firstAudio(h, 19);
    expect((await patch(queue, 'business_hours', { call_not_answer_action: 12, message_greeting_id: message.audio_id })).status).toBe(204);
    expect((await businessOf(queue))?.routing).toEqual({ action: 12, message_greeting: { id: message.audio_id, name: message.name } });
  });

  it('refuses a target that does not fit the action, a bad number and an unknown greeting, changing nothing', async () => {
    const before = await readSettings(h, queue);
    const slg = await extensionIdOf(h, 'sharedLineGroup', 'SF Front Desk');
    for (const settings of [
      { call_not_answer_action: 7, forward_to_extension_id: slg },
      { call_not_answer_action: 2 },
      { call_not_answer_action: 10, phone_number: '4155550123' },
      { call_not_answer_action: 1, voicemail_greeting_id: 'nope' },
      { call_not_answer_action: 15 },
      { call_not_answer_action: 13 },
    ]) {
      await expectError(await patch(queue, 'closed_hours', settings), 400, 300, 'Validation Failed.');
    }
    expect(await readSettings(h, queue)).toEqual(before);
  });

  it('documents its own refusals: the operator, ring mode with wait time, the voicemail leaving instruction', async () => {
    await expectError(await patch(user, 'closed_hours', { call_not_answer_action: 1, connect_to_operator: true, operator_extension_id: user }), 400, 400, 'You cannot assign yourself as the operator.');
    await expectError(await patch(user, 'business_hours', { ring_mode: 'sequential' }), 400, 400, 'The user business hours ring mode and max wait time need to be set together.');
    const instruction = (await firstAudio(h, 16)).audio_id;
    const noVoicemail = await patch(user, 'business_hours', { call_not_answer_action: 12, voicemail_leaving_instruction_id: instruction });
    await expectError(noVoicemail, 400, 400, "The forwarding of busy on another call and the forwarding of unanswered calls both are not 'Forward to voicemail/videomail', so you can't update the voicemail leaving instruction.");
    const noOperator = await patch(user, 'business_hours', { call_not_answer_action: 1, voicemail_leaving_instruction_id: instruction });
    await expectError(noOperator, 400, 400, "Since 'Allow callers to reach an operator' and 'Allow callers to check voicemail' are disabled, you can't update the voicemail leaving instruction.");
  });

  it('round-trips voicemail with an operator and a leaving instruction, and ring mode with wait time', async () => {
    const operator = await userExtensionId(h, 2);
    const instruction = await firstAudio(h, 16);
    const res = await patch(user, 'business_hours', {
      call_not_answer_action: 1,
      connect_to_operator: true,
      operator_extension_id: operator,
      voicemail_leaving_instruction_id: instruction.audio_id,
      ring_mode: 'sequential',
      max_wait_time: 45,
    });
    expect(res.status).toBe(204);
    const read = await businessOf(user);
    expect(read).toMatchObject({ ring_mode: 'sequential', max_wait_time: 45 });
    expect(read?.routing).toMatchObject({ action: 1, connect_to_operator: true, operator: { extension_id: operator, extension_type: 'user' }, voicemail_leaving_instruction: { id: instruction.audio_id } });
  });

  it('busy on another call is a user’s: forwarded to a queue it reads as busy_routing; a queue ignores it', async () => {
    const sales = await extensionIdOf(h, 'callQueue', 'Sales');
    expect((await patch(user, 'business_hours', { busy_on_another_call_action: 7, busy_forward_to_extension_id: sales })).status).toBe(204);
    expect((await businessOf(user))?.busy_routing).toMatchObject({ action: 7, forward_to: { display_name: 'Sales' } });
    const before = await readSettings(h, queue);
    expect((await patch(queue, 'business_hours', { busy_on_another_call_action: 22 })).status).toBe(204);
    expect(await readSettings(h, queue)).toEqual(before);
  });

  it('a call queue’s options: queue length up to 60, long waits in business hours only', async () => {
    expect((await patch(queue, 'business_hours', { max_call_in_queue: 20, max_wait_time: 600, wrap_up_time: 60, call_distribution: { ring_mode: 'rotating', ring_duration: 20 } })).status).toBe(204);
    expect(await businessOf(queue)).toMatchObject({ max_call_in_queue: 20, max_wait_time: 600, wrap_up_time: 60, call_distribution: { ring_mode: 'rotating', ring_duration: 20 } });
    await expectError(await patch(queue, 'business_hours', { max_call_in_queue: 61 }), 400, 300, 'Validation Failed.');
    await expectError(await patch(queue, 'closed_hours', { max_wait_time: 600 }), 400, 300, 'Validation Failed.');
  });

  it('the read shape sent as a write is ignored with a 204: nothing changes', async () => {
    const before = await readSettings(h, queue);
    const readShape = { routing: { action: 7, forward_to: { extension_id: await extensionIdOf(h, 'callQueue', 'Sales') } } };
    expect((await patch(queue, 'closed_hours', readShape)).status).toBe(204);
    expect((await h.api('PATCH', settingsPath(queue, 'closed_hours'), { sub_setting_type: 'call_handling', call_not_answer_action: 11 })).status).toBe(204);
    expect(await readSettings(h, queue)).toEqual(before);
  });

  it('a holiday’s handling is addressed by settings.holiday_id; an unknown one is 404 "Holiday does not exist."', async () => {
    const read = await readSettings(h, queue);
    const holidayId = read.holiday_hours[0]?.holiday_id ?? '';
    expect((await patch(queue, 'holiday_hours', { holiday_id: holidayId, call_not_answer_action: 11 })).status).toBe(204);
    const after = await readSettings(h, queue);
    expect(sub(after.holiday_hours[0]?.details, 'call_handling')?.routing).toEqual({ action: 11 });
    expect(sub(after.holiday_hours[1]?.details, 'call_handling')?.routing?.action).not.toBe(11);
    await expectError(await patch(queue, 'holiday_hours', { holiday_id: 'nope', call_not_answer_action: 11 }), 404, 404, 'Holiday does not exist.');
    await expectError(await patch(queue, 'holiday_hours', { call_not_answer_action: 11 }), 400, 300, 'Validation Failed.');
  });
});
