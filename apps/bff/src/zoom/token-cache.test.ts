// The token cache with a scripted OAuth endpoint (the simulator's own tests
// cover real exchanges; these cover what the simulator cannot be made to do).
import { expect, test } from 'vitest';
import { z } from 'zod';
import { ZoomClient } from './client';
import { OAuthTokenCache } from './token-cache';
import type { ZoomApiError } from './zoom-error';

const credentials = { accountId: 'acc', clientId: 'cid', clientSecret: 'shh' };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-zm-trackingid': 'T1' } });

test('asks for an account_credentials token with Basic client credentials', async () => {
  const seen: { url: string; auth: string | null; method: string }[] = [];
  const tokens = new OAuthTokenCache({
    oauthBaseUrl: 'https://zoom.example',
    credentials,
    fetch: async (url, init) => {
      seen.push({ url: String(url), auth: new Headers(init?.headers).get('authorization'), method: init?.method ?? 'GET' });
      return json(200, { access_token: 'tok', token_type: 'bearer', expires_in: 3600, scope: 'x' });
    },
  });
  expect(await tokens.getToken()).toBe('tok');
  expect(seen).toEqual([
    {
      url: 'https://zoom.example/oauth/token?grant_type=account_credentials&account_id=acc',
      auth: `Basic ${Buffer.from('cid:shh').toString('base64')}`,
      method: 'POST',
    },
  ]);
});

test('an overloaded sign-in service is retried by the client; refused credentials are not', async () => {
  let tokenCalls = 0;
  const fetchFn: typeof fetch = async (url) => {
    if (String(url).includes('/oauth/token')) {
      tokenCalls++;
      return tokenCalls === 1 ? json(503, { reason: 'busy', error: 'unavailable' }) : json(200, { access_token: 'tok', token_type: 'bearer', expires_in: 3600 });
    }
    return json(200, { ok: true });
  };
  const client = new ZoomClient({
    apiBaseUrl: 'https://api.example/v2',
    tokens: new OAuthTokenCache({ oauthBaseUrl: 'https://zoom.example', credentials, fetch: fetchFn }),
    limiter: { acquire: async () => {}, pause: () => {} },
    retry: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 10 },
    fetch: fetchFn,
  });
  const res = await client.get('/x', { label: 'light', schema: z.object({ ok: z.boolean() }) });
  expect(res.data.ok).toBe(true);
  expect(tokenCalls).toBe(2);

  const refused = new OAuthTokenCache({
    oauthBaseUrl: 'https://zoom.example',
    credentials,
    fetch: async () => json(401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' }),
  });
  const err = (await refused.getToken().catch((e: unknown) => e)) as ZoomApiError;
  expect(err.kind).toBe('auth');
  expect(err.message).toContain('Invalid client_id or client_secret');
  expect(err.message).not.toContain('shh');
});
