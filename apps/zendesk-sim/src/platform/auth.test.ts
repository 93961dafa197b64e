import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ZENDESK_CREDENTIALS, basicAuthorization } from '../demo-credentials';
import { IVR_PATH, startHarness } from '../testing/harness';
import type { Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const basic = (userPass: string) => `Basic ${Buffer.from(userPass).toString('base64')}`;
const { email, apiToken } = DEMO_ZENDESK_CREDENTIALS;

describe('Basic authentication with an API token', () => {
  it('accepts {email}/token:{api_token} (the email in any case)', async () => {
    expect(basicAuthorization(DEMO_ZENDESK_CREDENTIALS)).toBe(basic('demo@example.com/token:demo-zendesk-token'));
    expect((await h.api('GET', IVR_PATH)).status).toBe(200);
    expect((await h.api('GET', IVR_PATH, undefined, { authorization: basic(`DEMO@Example.com/token:${apiToken}`) })).status).toBe(200);
  });

  it('answers 401 with Zendesk’s error body to anything else, before the request does anything', async () => {
    const wrong = [
      undefined,
      basic(`${email}/token:wrong`),
      basic(`${email}:${apiToken}`),
      basic(`other@example.com/token:${apiToken}`),
      `Bearer ${apiToken}`,
      'Basic !!!',
    ];
    for (const authorization of wrong) {
      const res = await fetch(`${h.url}${IVR_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ ivr: { name: 'Sneaky' } }),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
      expect(await res.json()).toEqual({ error: "Couldn't authenticate you", description: 'Use Basic authentication with {email}/token:{api_token}.' });
    }
    expect((await h.json<{ count: number }>('GET', IVR_PATH)).count).toBe(2);
  });

  it('a simulator started with other credentials takes only those', async () => {
    const other = await startHarness({ credentials: { subdomain: 'acme', email: 'ops@acme.test', apiToken: 't0ken' } });
    try {
      expect((await other.api('GET', IVR_PATH)).status).toBe(401);
      expect((await other.api('GET', IVR_PATH, undefined, { authorization: basic('ops@acme.test/token:t0ken') })).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
