// A POST creates something, so it is never sent twice blindly: after no
// answer (the connection dropped after Zoom acted, or a timeout) or a 5xx the
// client gives up with `outcomeUnknown` and the caller reads back; a 429 (Zoom
// refused before acting) is retried as for any call, and PATCH keeps its retries.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_CREDENTIALS } from '@switchboard/zoom-sim/demo-credentials';
import { zoomPhoneUserListSchema } from '@switchboard/zoom-schema/phone-users';
import { ZoomClient } from './client';
import { RollingWindowLimiter } from './rate-limiter';
import { OAuthTokenCache } from './token-cache';
import { simControl, simRequests, startTestSim } from './testing';
import type { Sim } from './testing';
import { ZoomApiError } from './zoom-error';

let sim: Sim;
let extensionId = '';
beforeAll(async () => {
  sim = await startTestSim({ plan: 'off' });
  const users = await client(fetch).get('/phone/users', { label: 'medium', schema: zoomPhoneUserListSchema, query: { page_size: 100 } });
  extensionId = users.data.users.find((u) => u.extension_id)!.extension_id!;
});
afterAll(() => sim.close());
afterEach(() => simControl(sim, 'reset'));

function client(fetchFn: typeof fetch): ZoomClient {
  return new ZoomClient({
    apiBaseUrl: `${sim.url}/v2`,
    tokens: new OAuthTokenCache({ oauthBaseUrl: sim.url, credentials: { ...DEMO_CREDENTIALS } }),
    limiter: RollingWindowLimiter.forPlan('business'),
    retry: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50 },
    fetch: fetchFn,
  });
}

/** Sends the request for real, then loses Zoom's answer (as a dropped connection would). */
const losingAnswers: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  if (init?.method === 'POST' && String(input).includes('/call_handling/')) {
    await res.body?.cancel();
    throw new TypeError('fetch failed: socket hang up');
  }
  return res;
};

const holidayPost = () => ({
  method: 'POST' as const,
  path: `/phone/extension/${extensionId}/call_handling/settings/holiday_hours`,
  label: 'light' as const,
  schema: null,
  body: { sub_setting_type: 'holiday', settings: { name: 'Lost answer day', from: '2027-03-01T00:00:00Z', to: '2027-03-01T23:59:00Z' } },
});

const holidayPosts = async () =>
  (await simRequests(sim)).filter((r) => r.method === 'POST' && r.path.endsWith('/holiday_hours'));

describe('POST without an answer', () => {
  test('is sent once, and the error says the outcome is unknown (it did land)', async () => {
    const retried: (number | null)[] = [];
    const err = await client(losingAnswers)
      .request({ ...holidayPost(), onRetry: (a) => retried.push(a) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZoomApiError);
    expect((err as ZoomApiError).kind).toBe('network');
    expect((err as ZoomApiError).outcomeUnknown).toBe(true);
    expect((err as ZoomApiError).message).toMatch(/not known whether Zoom acted on the request; it was not sent again/);
    expect(retried).toEqual([]);
    expect(await holidayPosts()).toHaveLength(1);
  });

  test('a 500 to a POST is not retried either; a 500 to a PATCH is', async () => {
    await simControl(sim, 'faults', { status: 500, match: { method: ['POST', 'PATCH'], pathPrefix: '/phone/extension' }, times: 1 });
    const err = await client(fetch).request(holidayPost()).catch((e: unknown) => e);
    expect((err as ZoomApiError).status).toBe(500);
    expect((err as ZoomApiError).outcomeUnknown).toBe(true);
    expect(await holidayPosts()).toHaveLength(1);

    await simControl(sim, 'faults', { status: 500, match: { method: 'PATCH', pathPrefix: '/phone/extension' }, times: 1 });
    const retried: (number | null)[] = [];
    const ok = await client(fetch).request({
      method: 'PATCH',
      path: `/phone/extension/${extensionId}/call_handling/settings/business_hours`,
      label: 'light',
      schema: null,
      body: { sub_setting_type: 'custom_hours', settings: { type: 1 } },
      onRetry: (a) => retried.push(a),
    });
    expect(ok.status).toBe(204);
    expect(retried).toEqual([500]);
  });

  test('a 429 to a POST is retried: Zoom refused it before acting', async () => {
    await simControl(sim, 'faults', { status: 429, code: 429, message: 'Too many requests.', match: { method: 'POST' }, times: 1 });
    const retried: (number | null)[] = [];
    const res = await client(fetch).request({ ...holidayPost(), schema: null, onRetry: (a) => retried.push(a) });
    expect(res.status).toBe(201);
    expect(retried).toEqual([429]);
  });
});
