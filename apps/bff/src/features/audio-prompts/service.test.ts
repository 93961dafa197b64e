// What the service lets through: only audio, only from Zoom's own hosts.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { zoomAudioListSchema } from '@switchboard/zoom-schema/phone-audios';
import { AppError } from '../../http/app-error';
import { ZoomClient } from '../../zoom/client';
import { RollingWindowLimiter } from '../../zoom/rate-limiter';
import { startTestSim } from '../../zoom/testing';
import type { Sim } from '../../zoom/testing';
import { OAuthTokenCache } from '../../zoom/token-cache';
import { ZoomApiError } from '../../zoom/zoom-error';
import { AudioPromptService } from './service';

let sim: Sim;
beforeAll(async () => {
  sim = await startTestSim({ plan: 'off' });
});
afterAll(() => sim.close());

/** A client whose network answers pass through `edit` (a misbehaving Zoom). */
const clientWith = (edit: (url: string, res: Response) => Promise<Response>) =>
  new ZoomClient({
    apiBaseUrl: `${sim.url}/v2`,
    tokens: new OAuthTokenCache({ oauthBaseUrl: sim.url, credentials: { ...DEMO_CREDENTIALS } }),
    limiter: RollingWindowLimiter.forPlan('pro'),
    fileOrigins: [new URL(sim.fileUrl).origin],
    fetch: async (input, init) => edit(String(input), await fetch(input, init)),
  });

const firstId = async (client: ZoomClient) =>
  (await client.get('/phone/users/me/audios', { label: 'light', schema: zoomAudioListSchema })).data.audios[0]!.audio_id;

test('a file that is not audio is refused with a 502 sentence', async () => {
  const client = clientWith(async (url, res) =>
    url.includes('/storage/') ? new Response('<html>sign in</html>', { status: 200, headers: { 'content-type': 'text/html' } }) : res,
  );
  const err = await new AudioPromptService(client).audio(await firstId(client)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).statusCode).toBe(502);
  expect((err as AppError).message).toBe("Zoom's file for this prompt is not audio (text/html), so it cannot be played here.");
});

test('a play_url on a foreign host is never fetched', async () => {
  const fetched: string[] = [];
  const client = clientWith(async (url, res) => {
    fetched.push(url);
    if (!/\/phone\/audios\/[\w-]+$/.test(new URL(url).pathname)) return res;
    const body = (await res.json()) as Record<string, unknown>;
    return Response.json({ ...body, play_url: 'https://attacker.example/steal' });
  });
  const err = await new AudioPromptService(client).audio(await firstId(client)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ZoomApiError);
  expect((err as ZoomApiError).kind).toBe('invalid_response');
  expect(fetched.some((u) => u.includes('attacker'))).toBe(false);
});
