import { afterEach, describe, expect, it } from 'vitest';
import { RATE_LIMIT_MESSAGE } from './rate-limit';
import { startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';

let h: Harness;
afterEach(async () => h?.close());

const burst = (n: number, path: string) => Promise.all(Array.from({ length: n }, () => h.api('GET', path)));
const statuses = (rs: Response[]) => rs.map((r) => r.status);

describe('rate limits (fixed one-second windows, per account and label)', () => {
  it('Pro: 20 Light requests in a second succeed, the 21st gets 429 with Zoom’s headers and body', async () => {
    let now = Date.parse('2026-03-10T12:00:00.000Z');
    h = await startHarness({ plan: 'pro', clock: () => now });
    await h.token();
    const ok = await burst(20, '/phone/users/me/audios');
    expect(statuses(ok).every((s) => s === 200)).toBe(true);
    expect(ok[0]?.headers.get('x-ratelimit-category')).toBe('Light');
    expect(ok.map((r) => Number(r.headers.get('x-ratelimit-remaining'))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    now += 400;
    const limited = await h.api('GET', '/phone/users/me/audios');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ code: 429, message: RATE_LIMIT_MESSAGE });
    expect(limited.headers.get('x-ratelimit-category')).toBe('Light');
    expect(limited.headers.get('x-ratelimit-type')).toBe('QPS');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('20');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-zm-trackingid')).toBeTruthy();
    // Medium has its own budget in the same second.
    expect((await h.api('GET', '/phone/users')).status).toBe(200);
    // The next second starts afresh.
    now += 600;
    expect((await h.api('GET', '/phone/users/me/audios')).status).toBe(200);
  });

  it('a client pacing 20/s for three seconds never sees a 429; 21/s does', async () => {
    let now = Date.parse('2026-03-10T12:00:00.000Z');
    h = await startHarness({ plan: 'pro', clock: () => now });
    await h.token();
    const pace = async (perSecond: number) => {
      const seen: number[] = [];
      for (let i = 0; i < perSecond * 3; i++) {
        now = Date.parse('2026-03-10T12:01:00.000Z') + Math.floor((i * 1000) / perSecond);
        seen.push((await h.api('GET', '/phone/users/me/audios')).status);
      }
      return seen;
    };
    expect((await pace(20)).filter((s) => s === 429)).toHaveLength(0);
    now += 5000;
    const over = await pace(21);
    expect(over.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
  });

  it('Medium allows 10/s on Pro and 20/s on Business; the control plane switches plans', async () => {
    const now = Date.parse('2026-03-10T12:00:00.000Z');
    h = await startHarness({ plan: 'pro', clock: () => now });
    await h.token();
    expect(statuses(await burst(11, '/phone/users')).filter((s) => s === 429)).toHaveLength(1);
    await h.control('POST', '/faults', { rateLimit: 'business' });
    const business = await burst(21, '/phone/users');
    expect(statuses(business).filter((s) => s === 429)).toHaveLength(1);
    expect(business.find((r) => r.status === 429)?.headers.get('x-ratelimit-limit')).toBe('20');
    await h.control('POST', '/faults', { rateLimit: 'off' });
    expect(statuses(await burst(50, '/phone/users')).every((s) => s === 200)).toBe(true);
  });
});
