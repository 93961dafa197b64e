// ZoomClient.download against the simulator: the audio file behind play_url,
// fetched with the same token machinery, and never sent to a foreign host.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { zoomAudioListSchema, zoomAudioSchema } from '@switchboard/zoom-schema/phone-audios';
import { ZoomApiError } from './zoom-error';
import { simClient, simControl, simRequests, startTestSim } from './testing';
import type { Sim } from './testing';

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSim({ plan: 'pro' });
});
afterAll(() => sim.close());
afterEach(() => simControl(sim, 'reset'));

const firstPlayUrl = async (client: ReturnType<typeof simClient>) => {
  const list = await client.get('/phone/users/me/audios', { label: 'light', schema: zoomAudioListSchema });
  const id = list.data.audios[0]!.audio_id;
  const item = await client.get(`/phone/audios/${id}`, { label: 'light', schema: zoomAudioSchema });
  return { id, playUrl: item.data.play_url! };
};

describe('download', () => {
  test('streams the file with its content type, length and tracking id', async () => {
    const client = simClient(sim);
    const { playUrl } = await firstPlayUrl(client);
    const file = await client.download(playUrl, { label: 'light' });
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('audio/wav');
    expect(file.trackingId).toMatch(/^SIM_/);
    const bytes = Buffer.from(await new Response(file.body).arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(file.contentLength).toBe(bytes.length);
  });

  test('an expired token is refreshed once and the download retried; a 5xx is retried', async () => {
    const client = simClient(sim, { retry: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50 } });
    const { playUrl } = await firstPlayUrl(client);
    await simControl(sim, 'requests', undefined, 'DELETE');
    await simControl(sim, 'faults', { expireTokens: true });
    await simControl(sim, 'faults', { status: 503, match: { pathPrefix: '/phone/audios' }, times: 1 });
    const file = await client.download(playUrl, { label: 'light' });
    await file.body?.cancel();
    const path = new URL(playUrl).pathname;
    expect((await simRequests(sim)).map((r) => `${r.path} ${r.status}`)).toEqual([
      `${path} 401`,
      '/oauth/token 200',
      `${path} 503`,
      `${path} 200`,
    ]);
  });

  test("a missing file is Zoom's not-found error", async () => {
    const client = simClient(sim);
    const err = await client.download(`${sim.url}/v2/phone/audios/nope/file`, { label: 'light' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoomApiError);
    expect((err as ZoomApiError).isNotFound).toBe(true);
  });

  test('the token is never sent outside the API origin or Zoom’s own https hosts', async () => {
    const client = simClient(sim);
    for (const url of ['ftp://127.0.0.1/file', 'javascript:alert(1)', 'not a url', 'https://file.example.com/file?jwt=x', 'http://file.zoom.us/file', 'https://zoom.us.evil.example/file']) {
      const err = await client.download(url, { label: 'light' }).catch((e: unknown) => e);
      expect(err, url).toBeInstanceOf(ZoomApiError);
      expect((err as ZoomApiError).message).toMatch(/does not send its Zoom token there/);
    }
    expect(await simRequests(sim)).toEqual([]);
  });
});
