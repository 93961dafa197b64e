import { afterEach, describe, expect, it } from 'vitest';
import { buildSimulator } from '../server';
import { DEMO_ZENDESK_CREDENTIALS, basicAuthorization } from '../demo-credentials';
import { IVR_PATH, startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';
import { PLAN_LIMITS, RateLimiter } from './rate-limit';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const MINUTE = Date.parse('2026-03-10T12:00:00.000Z');

describe('per-minute rate limits', () => {
  it('the limiter allows the plan’s number per clock minute, then says how long to wait', () => {
    let now = MINUTE + 15_000;
    const limiter = new RateLimiter(() => now, 'professional');
    for (let i = 0; i < PLAN_LIMITS.professional; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, limit: 400, retryAfterSeconds: 45 });
    expect(limiter.take('b').allowed).toBe(true);
    now = MINUTE + 59_500;
    expect(limiter.take('a').retryAfterSeconds).toBe(1);
    now = MINUTE + 60_000;
    expect(limiter.take('a').allowed).toBe(true);
    limiter.reset('enterprise');
    expect(limiter.limit).toBe(700);
    limiter.reset('off');
    expect(limiter.limit).toBeNull();
  });

  it('Professional is 400 a minute by default: the 401st request is 429 with Retry-After and Zendesk’s error body', async () => {
    const now = MINUTE + 20_000;
    const app = buildSimulator({ clock: () => now });
    const get = () => app.inject({ method: 'GET', url: IVR_PATH, headers: { authorization: basicAuthorization(DEMO_ZENDESK_CREDENTIALS) } });
    for (let i = 0; i < 400; i++) expect((await get()).statusCode).toBe(200);
    const limited = await get();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('40');
    expect(limited.json()).toEqual({ error: 'TooManyRequests', description: 'Rate limit of 400 requests per minute exceeded. Retry after 40 seconds.' });
    await app.close();
  });

  it('over HTTP with a small limit set through the control plane; writes count too; the next minute starts afresh', async () => {
    let now = MINUTE + 50_000;
    h = await startHarness({ clock: () => now });
    expect((await h.control('POST', '/faults', { rateLimit: 3 })).status).toBe(200);
    expect((await h.api('GET', IVR_PATH)).status).toBe(200);
    expect((await h.api('POST', IVR_PATH, { ivr: { name: 'A' } })).status).toBe(201);
    expect((await h.api('GET', '/api/v2/groups')).status).toBe(200);
    const limited = await h.api('POST', IVR_PATH, { ivr: { name: 'B' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    now += 10_000;
    expect((await h.api('GET', IVR_PATH)).status).toBe(200);
    const faults = (await (await h.control('GET', '/faults')).json()) as { rateLimit: unknown };
    expect(faults.rateLimit).toBe(3);
  });
});
