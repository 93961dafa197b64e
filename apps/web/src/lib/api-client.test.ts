import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CSRF_HEADER } from '@switchboard/contract/session';
import { jsonResponse, stubFetch } from '@/testing/render';
import { ApiError, apiRequest, errorMessage, setCsrfToken } from './api-client';

const okSchema = z.object({ ok: z.literal(true) });

async function caught(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('returns the parsed body on success', async () => {
    stubFetch({ 'GET /api/thing': () => jsonResponse({ ok: true }) });
    await expect(apiRequest('/api/thing', okSchema)).resolves.toEqual({ ok: true });
  });

  it('turns the BFF error body into an ApiError carrying its sentence and code', async () => {
    stubFetch({
      'GET /api/auto-receptionists/nope': () =>
        jsonResponse({ error: { code: 'not_found', message: 'No auto receptionist has the id nope.' } }, 404),
    });
    const err = await caught(apiRequest('/api/auto-receptionists/nope', okSchema));
    expect(err.status).toBe(404);
    expect(err.code).toBe('not_found');
    expect(err.message).toBe('No auto receptionist has the id nope.');
    expect(errorMessage(err)).toBe('No auto receptionist has the id nope.');
  });

  it('keeps error details for later use', async () => {
    stubFetch({
      'GET /api/x': () => jsonResponse({ error: { code: 'bad_request', message: 'Search text is too long.', details: [{ path: 'q' }] } }, 400),
    });
    const err = await caught(apiRequest('/api/x', okSchema));
    expect(err.details).toEqual([{ path: 'q' }]);
  });

  it('gives a sentence when the error body is not the contract shape (e.g. a proxy page)', async () => {
    stubFetch({ 'GET /api/x': () => new Response('<html>Bad gateway</html>', { status: 502 }) });
    const err = await caught(apiRequest('/api/x', okSchema));
    expect(err.status).toBe(502);
    expect(err.code).toBe('http_502');
    expect(err.message).toMatch(/server ran into a problem/i);
  });

  it('explains a 401 without a body as an ended session', async () => {
    stubFetch({ 'GET /api/x': () => new Response(null, { status: 401 }) });
    expect((await caught(apiRequest('/api/x', okSchema))).message).toBe('Your session has ended. Sign in again.');
  });

  it('reports an unreachable server as status 0 with a sentence', async () => {
    stubFetch({
      'GET /api/x': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const err = await caught(apiRequest('/api/x', okSchema));
    expect(err.status).toBe(0);
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/cannot be reached/);
  });

  it('rejects a 200 whose body breaks the contract instead of passing it on', async () => {
    stubFetch({ 'GET /api/x': () => jsonResponse({ ok: 'yes' }) });
    const err = await caught(apiRequest('/api/x', okSchema));
    expect(err.code).toBe('bad_response');
    expect(err.message).toMatch(/does not understand/);
  });

  it('sends the CSRF header and JSON body on writes, never on reads', async () => {
    const { calls } = stubFetch({
      'POST /api/x': () => jsonResponse({ ok: true }),
      'GET /api/x': () => jsonResponse({ ok: true }),
    });
    setCsrfToken('tok-123');
    await apiRequest('/api/x', okSchema, { method: 'POST', body: { a: 1 } });
    await apiRequest('/api/x', okSchema, { query: { q: 'main line', siteId: undefined, empty: '' } });
    const [post, get] = calls;
    expect(post?.headers.get(CSRF_HEADER)).toBe('tok-123');
    expect(post?.headers.get('content-type')).toBe('application/json');
    expect(await post?.text()).toBe('{"a":1}');
    expect(get?.headers.get(CSRF_HEADER)).toBeNull();
    expect(new URL(get?.url ?? '').search).toBe('?q=main+line');
  });

  it('shows a generic sentence for errors that are not ApiErrors', () => {
    expect(errorMessage(new Error('boom at line 3'))).toBe('Something went wrong. Try again.');
  });
});
