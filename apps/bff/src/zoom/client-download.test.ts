// Downloading a file Zoom points at (an audio's play_url): a signed link on a
// separate file host, fetched without any token, following a redirect only
// to Zoom's file hosts.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { zoomAudioListSchema, zoomAudioSchema } from '@switchboard/zoom-schema/phone-audios';
import { ZoomApiError } from './zoom-error';
import { downloadZoomFile } from './file-download';
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

/** A fetch that records what it was asked, then delegates. */
function recordingFetch() {
  const calls: Array<{ url: string; authorization: string | null }> = [];
  const fn: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(input), authorization: headers.get('authorization') });
    return fetch(input, init);
  };
  return { calls, fn };
}

describe('download', () => {
  test('streams the file from the file host, following its redirect, with no token and no API call', async () => {
    const client = simClient(sim);
    const { playUrl } = await firstPlayUrl(client);
    expect(new URL(playUrl).origin).toBe(new URL(sim.fileUrl).origin);
    await simControl(sim, 'requests', undefined, 'DELETE');
    const rec = recordingFetch();
    const file = await downloadZoomFile(playUrl, { fileOrigins: [new URL(sim.fileUrl).origin], fetch: rec.fn });
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('audio/wav');
    const bytes = Buffer.from(await new Response(file.body).arrayBuffer());
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(file.contentLength).toBe(bytes.length);
    expect(rec.calls.map((c) => new URL(c.url).pathname.split('/').slice(0, 3).join('/'))).toEqual(['/file/download', '/storage/' + new URL(rec.calls[1]!.url).pathname.split('/')[2]]);
    expect(rec.calls.every((c) => c.authorization === null)).toBe(true);
    expect(await simRequests(sim)).toEqual([]); // the file host is not the API
  });

  test('the client downloads through the same path', async () => {
    const client = simClient(sim);
    const { playUrl } = await firstPlayUrl(client);
    const file = await client.download(playUrl);
    await file.body?.cancel();
    expect(file.status).toBe(200);
  });

  test("a deleted audio's file is Zoom's not-found; an expired link says so", async () => {
    const client = simClient(sim);
    const { id, playUrl } = await firstPlayUrl(client);
    await client.request({ method: 'DELETE', path: `/phone/audios/${id}`, label: 'light', schema: null });
    const err = await client.download(playUrl).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoomApiError);
    expect((err as ZoomApiError).isNotFound).toBe(true);
    const tampered = playUrl.slice(0, -2) + (playUrl.endsWith('AA') ? 'BB' : 'AA');
    const refused = (await client.download(tampered).catch((e: unknown) => e)) as ZoomApiError;
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/expired or is not valid/);
  });

  test('nothing is fetched outside Zoom’s https hosts, and a redirect elsewhere is not followed', async () => {
    const client = simClient(sim);
    for (const url of ['ftp://127.0.0.1/file', 'javascript:alert(1)', 'not a url', 'https://file.example.com/file?jwt=x', 'http://file.zoom.us/file', 'https://zoom.us.evil.example/file', `${sim.url}/v2/phone/users`]) {
      const err = await client.download(url).catch((e: unknown) => e);
      expect(err, url).toBeInstanceOf(ZoomApiError);
      expect((err as ZoomApiError).message).toMatch(/only fetches files from Zoom's own hosts/);
    }
    const redirecting: typeof fetch = async () => new Response(null, { status: 302, headers: { location: 'https://evil.example/steal' } });
    const err = await downloadZoomFile('https://file.zoom.us/file/x', { fetch: redirecting }).catch((e: unknown) => e);
    expect((err as ZoomApiError).message).toMatch(/redirects outside its own hosts/);
    const toZoom: typeof fetch = async (input) =>
      String(input).includes('/storage/')
        ? new Response('RIFF', { status: 200, headers: { 'content-type': 'audio/wav' } })
        : new Response(null, { status: 302, headers: { location: 'https://cdn.zoom.us/storage/x.wav' } });
    const ok = await downloadZoomFile('https://file.zoom.us/file/x', { fetch: toZoom });
    expect(ok.status).toBe(200);
  });
});
