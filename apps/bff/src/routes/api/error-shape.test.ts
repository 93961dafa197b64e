// Every refusal under /api — by Node's HTTP parser, Fastify's router, the body
// parser or a route — answers `{error: {code, message}}` with a sentence that
// repeats nothing from the request (a probe's marker never comes back), and is
// never cached. The parser's refusals only happen on a real socket, so those
// requests go over TCP.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { API_ERROR_CODES, apiErrorSchema } from '@switchboard/contract/errors';
import { createTestApp, signIn } from '../../testing/harness';
import type { SignedIn } from '../../testing/harness';

let app: FastifyInstance;
let port = 0;
let admin: SignedIn;

beforeAll(async () => {
  app = await createTestApp();
  admin = await signIn(app, 'admin');
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(() => app.close());

/** Marks what the probe sent; the answer must not contain it. */
const MARK = 'probeMARK7x';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Send raw bytes and read the whole answer (the server closes the connection). */
function rawRequest(text: string): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    // The server answers and closes before reading everything: a reset after the answer is expected.
    socket.on('error', () => {});
    socket.on('close', () => {
      const all = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = all.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

async function inject(opts: InjectOptions): Promise<Answer> {
  const res = await app.inject(opts);
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: res.body };
}

function expectApiError(res: Answer, status: number, code: (typeof API_ERROR_CODES)[number]) {
  expect(res.status, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['cache-control']).toBe('no-store');
  const body = apiErrorSchema.parse(JSON.parse(res.body));
  expect(body.error.code).toBe(code);
  expect(API_ERROR_CODES).toContain(body.error.code);
  expect(body.error.message).toMatch(/^[A-Z].*[.!?]$/);
  expect(res.body).not.toContain(MARK);
  expect(res.body.toLowerCase()).not.toContain(MARK.toLowerCase());
  return body.error;
}

describe('framework refusals under /api answer the one error shape without echoing the request', () => {
  test('404: an unknown route', async () => {
    const res = await inject({ url: `/api/${MARK}/x?q=${MARK}`, headers: { 'x-probe': MARK } });
    expectApiError(res, 404, 'not_found');
  });

  test('405: a known path with another method, listing the methods it takes', async () => {
    const res = await inject({ method: 'DELETE', url: `/api/health?${MARK}=1` });
    expectApiError(res, 405, 'method_not_allowed');
    expect(res.headers.allow).toBe('GET, HEAD');
    const job = await inject({ method: 'PATCH', url: `/api/jobs/${MARK}`, headers: admin.writeHeaders });
    expectApiError(job, 405, 'method_not_allowed');
    expect(job.headers.allow).toBe('GET, HEAD');
  });

  test('413: a body over the 1 MB limit', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: MARK.repeat(120_000), password: 'x' }),
    });
    expect(expectApiError(res, 413, 'payload_too_large').message).toMatch(/at most 1 MB/);
  });

  test('414: a path parameter longer than the router allows, and an address over 4096 characters', async () => {
    const param = await inject({ url: `/api/jobs/${MARK.repeat(30)}`, headers: admin.headers });
    expectApiError(param, 414, 'uri_too_long');
    const long = await inject({ url: `/api/${MARK.repeat(500)}` });
    expectApiError(long, 414, 'uri_too_long');
    const longQuery = await inject({ url: `/api/auto-receptionists?q=${MARK.repeat(500)}`, headers: admin.headers });
    expectApiError(longQuery, 414, 'uri_too_long');
  });

  test('414 over a socket: 20,000 characters of address (Node stops it before Fastify)', async () => {
    const res = await rawRequest(`GET /api/${MARK.repeat(1800)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expectApiError(res, 414, 'uri_too_long');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  test('414 over a socket: a long path parameter (the router refuses it)', async () => {
    const res = await rawRequest(`GET /api/jobs/${MARK.repeat(30)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expectApiError(res, 414, 'uri_too_long');
  });

  test('431 over a socket: headers over Node’s limit', async () => {
    const res = await rawRequest(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Probe: ${MARK.repeat(2000)}\r\n\r\n`);
    expectApiError(res, 431, 'headers_too_large');
  });

  test('400 over a socket: a broken %-escape in the path, and bytes that are no HTTP', async () => {
    const escape = await rawRequest(`GET /api/jobs/${MARK}%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expectApiError(escape, 400, 'bad_request');
    const garbage = await rawRequest(`${MARK} nonsense\r\n\r\n`);
    expectApiError(garbage, 400, 'bad_request');
  });

  test('415: a body that is not JSON (text/plain included: no route takes it)', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const res = await inject({ method: 'POST', url: '/api/session', headers: { 'content-type': type }, payload: `email=${MARK}` });
      expect(expectApiError(res, 415, 'unsupported_media_type').message).toBe(
        'Send the request body as JSON (Content-Type: application/json).',
      );
    }
  });

  test('400: malformed JSON, an empty JSON body, a wrong Content-Length', async () => {
    const json = { 'content-type': 'application/json' };
    const bad = await inject({ method: 'POST', url: '/api/session', headers: json, payload: `{"email": ${MARK}` });
    expect(expectApiError(bad, 400, 'bad_request').message).toBe('The request body is not valid JSON.');
    const empty = await inject({ method: 'POST', url: '/api/session', headers: json, payload: '' });
    expect(expectApiError(empty, 400, 'bad_request').message).toBe('The request body is empty; send a JSON object.');
    const length = await inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...json, 'content-length': '5' },
      payload: `{"email":"${MARK}"}`,
    });
    expectApiError(length, 400, 'bad_request');
  });

  test('401 and 403 from the guard are the same shape, not cached', async () => {
    expectApiError(await inject({ url: '/api/auto-receptionists' }), 401, 'unauthenticated');
    const support = await signIn(app, 'support');
    expectApiError(await inject({ url: '/api/setup', headers: support.headers }), 403, 'forbidden');
  });
});

describe('outside /api', () => {
  test('an unknown page is no JSON error (the SPA answers it)', async () => {
    const res = await inject({ url: '/some/page' });
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.headers['cache-control']).toBeUndefined();
  });
});
