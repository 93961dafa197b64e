// Zoom's error messages reach the browser, the change history and the logs
// only without anything token-like in them. The simulator answers with a
// message quoting a JWT, a bearer token and a signed link.
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { DirectoryItem } from '@switchboard/contract/directory';
import { ZoomApiError } from '../../zoom/zoom-error';
import { forwardToUser, loadIvr, putIvr, seededTargets, simControl } from '../../features/ivr-write/test-support';
import { createTestApp, signIn } from '../../testing/harness';
import type { SignedIn } from '../../testing/harness';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJlU2VjcmV0NzQ2';
const BEARER = 'Zx9BearerSecret0042';
const SIGNATURE = 'SiGnAtUrE0123abc';
const LINK = `https://file.zoom.us/file/rec.mp3?Expires=1700000000&Signature=${SIGNATURE}&Key-Pair-Id=K2`;
const MESSAGE = `Invalid request for ${JWT} (Bearer ${BEARER}); fetch ${LINK} instead.`;
const SECRETS = [JWT, BEARER, SIGNATURE, 'Key-Pair-Id=K2'];
const CLEAN = 'Invalid request for [removed] (Bearer [removed]); fetch https://file.zoom.us/file/rec.mp3?[removed] instead.';

let bff: FastifyInstance;
let admin: SignedIn;
const logLines: string[] = [];
let arId = '';
let users: DirectoryItem[] = [];

beforeAll(async () => {
  bff = await createTestApp({ logLevel: 'info', logStream: { write: (line) => void logLines.push(line) } });
  admin = await signIn(bff, 'admin');
  ({ arId, users } = await seededTargets(bff));
});
afterAll(() => bff.close());
afterEach(() => simControl(bff, 'reset'));

function expectNoSecret(text: string) {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe("Zoom's words without its tokens", () => {
  test('a refused read: "Zoom refused the request: …" to the browser, and the log line, are cleaned', async () => {
    await simControl(bff, 'faults', { status: 400, code: 124, message: MESSAGE, match: { method: 'GET', pathPrefix: '/v2/phone/auto_receptionists' } });
    logLines.length = 0;
    const res = await bff.inject({ url: `/api/auto-receptionists/${arId}`, headers: admin.headers });
    expect(res.statusCode).toBe(502);
    expect(res.json().error).toMatchObject({ code: 'zoom_error', message: `Zoom refused the request: ${CLEAN}` });
    expectNoSecret(res.body);
    const logged = logLines.join('');
    expect(logged).toContain('[removed]');
    expectNoSecret(logged);
  });

  test("a failed write: the op's error in the answer and in the change history are cleaned", async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(users[7]!);
    await simControl(bff, 'faults', { status: 400, code: 300, message: MESSAGE, match: { method: 'PATCH' } });
    logLines.length = 0;
    const { status, body } = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: version, menu: desired });
    expect(status).toBe(200);
    expect(body.outcome).toBe('partial');
    expect(body.ops[0]).toMatchObject({ status: 'failed', httpStatus: 400, error: CLEAN });
    expectNoSecret(JSON.stringify(body));
    const entry = await bff.inject({ url: `/api/audit/${body.auditId}`, headers: admin.headers });
    expect((entry.json() as AuditEntry).ops[0]!.error).toBe(CLEAN);
    expectNoSecret(entry.body);
    expectNoSecret(logLines.join(''));
  });

  test('a ZoomApiError never holds the raw text, not even in its stack (logged with errors)', () => {
    const err = new ZoomApiError({ kind: 'http', status: 400, message: MESSAGE });
    expect(err.message).toBe(CLEAN);
    expectNoSecret(String(err.stack));
  });
});
