// Contact Center operations carry the scopes and rate-limit labels their
// documents give: a token without the operation's scope is refused (4711),
// and each answer counts against its label's window.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../demo-credentials';
import { ASSETS, BUSINESS_HOURS, businessHoursNamed, FLOWS, QUEUES, queueNamed } from '../testing/contact-center';
import { basicAuth, startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await h.control('POST', '/reset');
});

async function tokenWith(scopes: string[]): Promise<string> {
  await h.control('POST', '/faults', { scopes });
  const res = await fetch(`${h.url}/oauth/token?grant_type=account_credentials&account_id=${DEMO_CREDENTIALS.accountId}`, {
    method: 'POST',
    headers: { authorization: basicAuth(DEMO_CREDENTIALS.clientId, DEMO_CREDENTIALS.clientSecret) },
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

const call = (token: string, method: string, path: string, body?: unknown) =>
  fetch(`${h.url}/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('contact center scopes and labels', () => {
  it('a read-only token reads operating hours but cannot change them (4711 names the scopes that would do)', async () => {
    const queue = await queueNamed(h, 'Billing Support');
    const token = await tokenWith(['contact_center:read:queue_operating_hours:admin', 'contact_center:read:list_queues:admin']);
    expect((await call(token, 'GET', `${QUEUES}/${queue.queue_id}/operating_hours`)).status).toBe(200);
    const write = await call(token, 'PATCH', `${QUEUES}/${queue.queue_id}/operating_hours`, { account_default_business_hour: true });
    expect({ status: write.status, body: await write.json() }).toEqual({
      status: 400,
      body: { code: 4711, message: 'Invalid access token, does not contain scopes:[contact_center_queue:write:admin, contact_center:patch:queue_operating_hours:admin].' },
    });
  });

  it('a classic scope allows what it covers', async () => {
    const token = await tokenWith(['contact_center_operating_hours:write:admin', 'contact_center_operating_hours:read:admin']);
    const standard = await businessHoursNamed(h, 'Standard Hours (New York)');
    expect((await call(token, 'GET', BUSINESS_HOURS)).status).toBe(200);
    expect((await call(token, 'PATCH', `${BUSINESS_HOURS}/${standard.business_hour_id}`, { business_hour_description: 'x' })).status).toBe(204);
    expect((await call(token, 'GET', ASSETS)).status).toBe(400);
  });

  it('the default token carries every Contact Center scope the simulator needs', async () => {
    const res = await fetch(`${h.url}/oauth/token?grant_type=account_credentials&account_id=${DEMO_CREDENTIALS.accountId}`, {
      method: 'POST',
      headers: { authorization: basicAuth(DEMO_CREDENTIALS.clientId, DEMO_CREDENTIALS.clientSecret) },
    });
    const scope = ((await res.json()) as { scope: string }).scope.split(' ');
    for (const s of ['contact_center:read:list_business_hours:admin', 'contact_center:write:asset_library:admin', 'contact_center:patch:queue_operating_hours:admin', 'contact_center:read:clousre_hour_flow:admin']) {
      expect(scope).toContain(s);
    }
  });

  it('lists answer on the Medium window, single objects on the Light one', async () => {
    await h.control('POST', '/faults', { rateLimit: 'pro' });
    const list = await h.api('GET', ASSETS);
    const flows = await h.api('GET', FLOWS);
    expect(list.headers.get('x-ratelimit-limit')).toBe('10');
    expect(flows.headers.get('x-ratelimit-limit')).toBe('10');
    const standard = await businessHoursNamed(h, 'Standard Hours (New York)');
    const get = await h.api('GET', `${BUSINESS_HOURS}/${standard.business_hour_id}`);
    expect(get.headers.get('x-ratelimit-limit')).toBe('20');
  });
});
