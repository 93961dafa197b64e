import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AudioItem, IvrRead } from '../../testing/shapes';
import { mainAr } from '../../testing/fixtures';
import { startHarness } from '../../testing/harness';
import { TONE_WAV_MAX_SECONDS, TONE_WAV_SAMPLE_RATE, toneWav } from './tone-wav';
import type { Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

const listMine = async () => await h.json<{ audios: AudioItem[] }>('GET', '/phone/users/me/audios');

describe('audio library', () => {
  it('lists the account owner’s 20 seeded prompts, by `me`, id or email', async () => {
    const mine = await listMine();
    expect(mine.audios).toHaveLength(20);
    const users = await h.json<{ users: Array<{ id: string; email: string }> }>('GET', '/phone/users');
    const owner = users.users[0];
    if (!owner) throw new Error('no owner');
    expect(await h.json<{ audios: AudioItem[] }>('GET', `/phone/users/${owner.id}/audios`)).toEqual(mine);
    expect(await h.json<{ audios: AudioItem[] }>('GET', `/phone/users/${owner.email}/audios`)).toEqual(mine);
    const missing = await h.api('GET', '/phone/users/nobody/audios');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 1001, message: 'User does not exist: nobody.' });
  });

  it('adds a text-to-speech prompt (201) and reads it back', async () => {
    const res = await h.api('POST', '/phone/users/me/audios', { audio_name: 'Welcome.mp3', text: 'Welcome!', voice_language: 'en-GB', voice_accent: 'Amy-Female' });
    expect(res.status).toBe(201);
    const created = ((await res.json()) as AudioItem);
    expect(created.audio_id).toMatch(/^[\w-]{22}$/);
    const got = await h.json<AudioItem>('GET', `/phone/audios/${created.audio_id}`);
    expect(got).toMatchObject({ audio_id: created.audio_id, name: 'Welcome.mp3', text: 'Welcome!', voice_language: 'en-GB' });
    expect((await listMine()).audios).toHaveLength(21);
  });

  it('rejects empty text, too-long text and unsupported languages with code 300', async () => {
    const cases: Array<[unknown, string]> = [
      [{ text: '' }, 'The text is empty.'],
      [{ text: 'x'.repeat(4001) }, 'Maximum text length has been exceeded.'],
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
    const before = await h.json<IvrRead>('GET', `/phone/auto_receptionists/${ar.id}/ivr`);
    const promptId = before.audio_prompt?.id as string;
    expect((await h.api('PATCH', `/phone/audios/${promptId}`, { name: 'Renamed greeting' })).status).toBe(204);
    const after = await h.json<IvrRead>('GET', `/phone/auto_receptionists/${ar.id}/ivr`);
    expect(after.audio_prompt).toEqual({ id: promptId, name: 'Renamed greeting' });
    expect((await h.api('PATCH', `/phone/audios/${promptId}`, {})).status).toBe(400);
  });

  it('a deleted prompt reads as removed_<id> in audio_prompt and voicemail_greeting, and GET removed_<id> still answers', async () => {
    const ar = await mainAr(h);
    const ivrPath = `/phone/auto_receptionists/${ar.id}/ivr?hours_type=closed_hours`;
    const before = await h.json<IvrRead>('GET', ivrPath);
    const promptId = before.audio_prompt?.id as string;
    const greeting = before.key_actions.find((k) => k.key === '0')?.voicemail_greeting;
    if (!greeting?.id) throw new Error('seeded greeting missing');

    expect((await h.api('DELETE', `/phone/audios/${promptId}`)).status).toBe(204);
    expect((await h.api('DELETE', `/phone/audios/${greeting.id}`)).status).toBe(204);

    const after = await h.json<IvrRead>('GET', ivrPath);
    expect(after.audio_prompt).toEqual({ id: `removed_${promptId}`, name: before.audio_prompt?.name });
    expect(after.audio_prompt?.id.startsWith('removed_')).toBe(true);
    expect(after.key_actions.find((k) => k.key === '0')?.voicemail_greeting).toEqual({ id: `removed_${greeting.id}`, name: greeting.name });

    const removed = await h.json<AudioItem>('GET', `/phone/audios/removed_${promptId}`);
    expect(removed).toMatchObject({ audio_id: `removed_${promptId}`, name: before.audio_prompt?.name });
    expect((await h.api('GET', `/phone/audios/${promptId}`)).status).toBe(400);
    expect((await listMine()).audios.map((a) => a.audio_id)).not.toContain(promptId);

    // A removed prompt cannot be set again.
    const reuse = await h.api('PATCH', `/phone/auto_receptionists/${ar.id}/ivr`, { audio_prompt_id: `removed_${promptId}` });
    expect(reuse.status).toBe(400);
  });

  it('a live audio has a play_url: a signed link on the separate file host that redirects to the WAV; a deleted one has none', async () => {
    const [first] = (await listMine()).audios;
    if (!first) throw new Error('no seeded audio');
    const audio = await h.json<AudioItem>('GET', `/phone/audios/${first.audio_id}`);
    const playUrl = audio.play_url as string;
    expect(playUrl.startsWith(`${h.sim.fileUrl}/file/download/`)).toBe(true);
    expect(new URL(playUrl).origin).not.toBe(new URL(h.url).origin);

    // No token needed: the link is its own credential; it redirects once to the file.
    const hop = await fetch(playUrl, { redirect: 'manual' });
    expect(hop.status).toBe(302);
    expect(hop.headers.get('location')).toMatch(/^\/storage\/.+\.wav$/);
    const file = await fetch(playUrl);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('audio/wav');
    expect(file.headers.get('x-zm-trackingid')).toMatch(/^SIM_/);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(bytes.subarray(8, 16).toString('ascii')).toBe('WAVEfmt ');
    expect(bytes.readUInt16LE(22)).toBe(1); // mono
    expect(bytes.readUInt32LE(24)).toBe(TONE_WAV_SAMPLE_RATE);
    expect(bytes.readUInt16LE(34)).toBe(16);
    expect(bytes.readUInt32LE(40)).toBe(bytes.length - 44);
    expect(Number(file.headers.get('content-length'))).toBe(bytes.length);
    expect(toneWav(audio.text ?? '')).toEqual(bytes); // deterministic

    expect((await h.api('DELETE', `/phone/audios/${first.audio_id}`)).status).toBe(204);
    const removed = await h.json<AudioItem>('GET', `/phone/audios/removed_${first.audio_id}`);
    expect(removed.play_url).toBeUndefined();
    expect((await fetch(playUrl)).status).toBe(404);
  });

  it('a tampered or expired link is refused with 403', async () => {
    let now = Date.parse('2026-03-10T12:00:00Z');
    const timed = await startHarness({ clock: () => now });
    try {
      const [first] = (await timed.json<{ audios: AudioItem[] }>('GET', '/phone/users/me/audios')).audios;
      const { play_url } = await timed.json<AudioItem>('GET', `/phone/audios/${first?.audio_id}`);
      const link = play_url as string;
      const tampered = link.replace(/.(?=\.[^.]+$)/, (c) => (c === 'A' ? 'B' : 'A'));
      expect((await fetch(tampered)).status).toBe(403);
      expect((await fetch(link)).status).toBe(200);
      now += 6 * 3600 * 1000;
      const expired = await fetch(link);
      expect(expired.status).toBe(403);
      expect(await expired.json()).toEqual({ code: 403, message: 'The link has expired.' });
    } finally {
      await timed.close();
    }
  });

  it('the tone pattern follows the text length, quietly, and never exceeds 3 seconds', () => {
    const seconds = (wav: Buffer) => wav.readUInt32LE(40) / 2 / TONE_WAV_SAMPLE_RATE;
    expect(seconds(toneWav('Hi'))).toBe(0.5);
    expect(seconds(toneWav('Thank you for calling'))).toBeCloseTo(21 * 0.06, 5);
    expect(seconds(toneWav('x'.repeat(3000)))).toBe(TONE_WAV_MAX_SECONDS);
    const pcm = toneWav('Welcome to the main line').subarray(44);
    let peak = 0;
    for (let i = 0; i < pcm.length; i += 2) peak = Math.max(peak, Math.abs(pcm.readInt16LE(i)));
    expect(peak).toBeGreaterThan(1000);
    expect(peak).toBeLessThan(0.2 * 32767);
  });
});
