// The Zendesk client against a real Zendesk simulator: Basic token auth, a 429
// waited out for as long as Retry-After says, a write never sent twice, lists
// followed page by page, Zendesk's error words.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { startSimulator, type RunningSimulator } from '@switchboard/zendesk-sim/server';
import { DEMO_ZENDESK_CREDENTIALS } from '@switchboard/zendesk-sim/demo-credentials';
import { zendeskNamedSchema } from '@switchboard/routing-core/menu-model/zendesk-payloads';
import { ZendeskClient } from './client';
import { ZendeskApiError } from './zendesk-error';

let sim: RunningSimulator;
const waits: number[] = [];
const client = (opts: Partial<ConstructorParameters<typeof ZendeskClient>[0]> = {}) =>
  new ZendeskClient({ apiBaseUrl: sim.url, credentials: DEMO_ZENDESK_CREDENTIALS, sleep: async (ms) => void waits.push(ms), ...opts });
const control = (path: string, body?: unknown) =>
  fetch(`${sim.url}/__sim${path}`, { method: body === undefined ? 'DELETE' : 'POST', ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });

beforeAll(async () => {
  sim = await startSimulator({ host: '127.0.0.1', port: 0, plan: 'off' });
});
afterAll(() => sim.close());
beforeEach(async () => {
  waits.length = 0;
  await control('/reset', {});
});

const anything = z.unknown();

describe('ZendeskClient', () => {
  test('a 429 is waited out for Retry-After seconds, then the same request succeeds', async () => {
    await control('/faults', { status: 429, retryAfterSeconds: 2, times: 1 });
    const retried: (number | null)[] = [];
    const res = await client().request({ method: 'GET', path: '/api/v2/channels/voice/ivr/10001', schema: anything, onRetry: (s) => retried.push(s) });
    expect(res.status).toBe(200);
    expect(waits).toEqual([2000]);
    expect(retried).toEqual([429]);
  });

  test('a 429 that keeps coming, or asks to wait longer than allowed, is rate_limited', async () => {
    await control('/faults', { status: 429, retryAfterSeconds: 120 });
    const err = await client().request({ method: 'GET', path: '/api/v2/groups', schema: anything }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZendeskApiError);
    expect((err as ZendeskApiError).kind).toBe('rate_limited');
    expect(waits).toEqual([]);
  });

  test('a 500 to a write is not sent again and its outcome is unknown; a GET is tried again', async () => {
    await control('/faults', { status: 500, times: 1 });
    const body = { ivr_route: { action: 'voicemail' } };
    const err = (await client()
      .request({ method: 'PUT', path: '/api/v2/channels/voice/ivr/10001/menus/20001/routes/30001', body, schema: anything })
      .catch((e: unknown) => e)) as ZendeskApiError;
    expect(err.status).toBe(500);
    expect(err.outcomeUnknown).toBe(true);
    await control('/faults', { status: 500, times: 1 });
    expect((await client().request({ method: 'GET', path: '/api/v2/groups', schema: anything })).status).toBe(200);
  });

  test('lists follow next_page; 6 groups over pages of 4', async () => {
    const groups = await client({ pageSize: 4 }).list('/api/v2/groups', 'groups', zendeskNamedSchema);
    expect(groups.map((g) => g.name)).toEqual(['Support', 'Sales', 'Billing', 'Technical Support', 'Returns', 'VIP Customers']);
    const log = (await (await fetch(`${sim.url}/__sim/requests`)).json()) as { requests: { query: Record<string, string> }[] };
    expect(log.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  test("a wrong token: Zendesk's words, not the token", async () => {
    const wrong = { ...DEMO_ZENDESK_CREDENTIALS, apiToken: 'not-the-right-token-xyz' };
    const err = (await client({ credentials: wrong }).request({ method: 'GET', path: '/api/v2/groups', schema: anything }).catch((e: unknown) => e)) as ZendeskApiError;
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/^Zendesk answered 401 \(Couldn't authenticate you/);
    expect(JSON.stringify({ ...err, message: err.message })).not.toContain('not-the-right-token-xyz');
    expect(JSON.stringify(client({ credentials: wrong }))).not.toContain('not-the-right-token-xyz');
  });
});
