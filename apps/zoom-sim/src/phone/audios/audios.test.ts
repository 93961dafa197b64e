import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { zoomAudioCreatedSchema, zoomAudioListSchema, zoomAudioSchema } from '@switchboard/zoom-schema/phone-audios';
import { zoomIvrReadSchema } from '@switchboard/zoom-schema/phone-ivr';
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { mainAr } from '../../testing/fixtures';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const listMine = async () => zoomAudioListSchema.parse(await h.json('GET', '/phone/users/me/audios'));

describe('audio library', () => {
  it('lists the account owner’s 20 seeded prompts, by `me`, id or email', async () => {
    const mine = await listMine();
    expect(mine.audios).toHaveLength(20);
    const users = await h.json<{ users: Array<{ id: string; email: string }> }>('GET', '/phone/users');
    const owner = users.users[0];
    if (!owner) throw new Error('no owner');
    expect(zoomAudioListSchema.parse(await h.json('GET', `/phone/users/${owner.id}/audios`))).toEqual(mine);
    expect(zoomAudioListSchema.parse(await h.json('GET', `/phone/users/${owner.email}/audios`))).toEqual(mine);
    const missing = await h.api('GET', '/phone/users/nobody/audios');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 1001, message: 'User does not exist: nobody.' });
  });

  it('adds a text-to-speech prompt (201) and reads it back', async () => {
    const res = await h.api('POST', '/phone/users/me/audios', { audio_name: 'Welcome.mp3', text: 'Welcome!', voice_language: 'en-GB', voice_accent: 'Amy-Female' });
    expect(res.status).toBe(201);
    const created = zoomAudioCreatedSchema.parse(await res.json());
    expect(created.audio_id).toMatch(/^[\w-]{22}$/);
    const got = zoomAudioSchema.parse(await h.json('GET', `/phone/audios/${created.audio_id}`));
    expect(got).toMatchObject({ audio_id: created.audio_id, name: 'Welcome.mp3', text: 'Welcome!', voice_language: 'en-GB' });
    expect((await listMine()).audios).toHaveLength(21);
  });

  it('rejects empty text, too-long text and unsupported languages with code 300', async () => {
    const cases: Array<[unknown, string]> = [
      [{ text: '' }, 'The text is empty.'],
      [{ text: 'x'.repeat(3001) }, 'Maximum text length has been exceeded.'],
      [{ text: 'hi', voice_language: 'xx-XX' }, 'The language is not supported.'],
      [{ text: 'hi', voice_accent: 'robot' }, 'The voice accent is not supported.'],
    ];
    for (const [body, message] of cases) {
      const res = await h.api('POST', '/phone/users/me/audios', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: 300, message });
    }
  });

  it('renames with PATCH (204); the new name shows in IVR reads', async () => {
    const ar = await mainAr(h);
    const before = zoomIvrReadSchema.parse(await h.json('GET', `/phone/auto_receptionists/${ar.id}/ivr`));
    const promptId = before.audio_prompt?.id as string;
    expect((await h.api('PATCH', `/phone/audios/${promptId}`, { name: 'Renamed greeting' })).status).toBe(204);
    const after = zoomIvrReadSchema.parse(await h.json('GET', `/phone/auto_receptionists/${ar.id}/ivr`));
    expect(after.audio_prompt).toEqual({ id: promptId, name: 'Renamed greeting' });
    expect((await h.api('PATCH', `/phone/audios/${promptId}`, {})).status).toBe(400);
  });

  it('a deleted prompt reads as removed_<id> in audio_prompt and voicemail_greeting, and GET removed_<id> still answers', async () => {
    const ar = await mainAr(h);
    const ivrPath = `/phone/auto_receptionists/${ar.id}/ivr?hours_type=closed_hours`;
    const before = zoomIvrReadSchema.parse(await h.json('GET', ivrPath));
    const promptId = before.audio_prompt?.id as string;
    const greeting = before.key_actions.find((k) => k.key === '0')?.voicemail_greeting;
    if (!greeting?.id) throw new Error('seeded greeting missing');

    expect((await h.api('DELETE', `/phone/audios/${promptId}`)).status).toBe(204);
    expect((await h.api('DELETE', `/phone/audios/${greeting.id}`)).status).toBe(204);

    const after = zoomIvrReadSchema.parse(await h.json('GET', ivrPath));
    expect(after.audio_prompt).toEqual({ id: `removed_${promptId}`, name: before.audio_prompt?.name });
    expect(isRemovedAudioId(after.audio_prompt?.id)).toBe(true);
    expect(after.key_actions.find((k) => k.key === '0')?.voicemail_greeting).toEqual({ id: `removed_${greeting.id}`, name: greeting.name });

    const removed = zoomAudioSchema.parse(await h.json('GET', `/phone/audios/removed_${promptId}`));
    expect(removed).toMatchObject({ audio_id: `removed_${promptId}`, name: before.audio_prompt?.name });
    expect((await h.api('GET', `/phone/audios/${promptId}`)).status).toBe(400);
    expect((await listMine()).audios.map((a) => a.audio_id)).not.toContain(promptId);

    // A removed prompt cannot be set again.
    const reuse = await h.api('PATCH', `/phone/auto_receptionists/${ar.id}/ivr`, { audio_prompt_id: `removed_${promptId}` });
    expect(reuse.status).toBe(400);
  });
});
