// PUT …/ivr with `Accept: text/event-stream`: the same write as the JSON PUT,
// reported live — planned, one op event per op in order, verifying, then the
// outcome the JSON PUT would answer. Errors before the stream stay 4xx JSON.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { DirectoryItem } from '@switchboard/contract/directory';
import { ivrApplyEventSchemas, type IvrApplyEventName, type IvrApplyResponse, type IvrWriteBody } from '@switchboard/contract/ivr';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import {
  clearSimLog,
  countCalls,
  forwardToUser,
  loadIvr,
  putIvr,
  seededTargets,
  simControl,
  simLog,
  zoomMenu,
  zoomPatch,
} from '../../../features/ivr-write/test-support';
import { createTestApp, signIn, type SignedIn } from '../../../testing/harness';

let bff: FastifyInstance;
let admin: SignedIn;
let support: SignedIn;
let arId = '';
let users: DirectoryItem[] = [];

beforeAll(async () => {
  bff = await createTestApp();
  [admin, support] = await Promise.all([signIn(bff, 'admin'), signIn(bff, 'support')]);
  ({ arId, users } = await seededTargets(bff));
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const body = (menu: Menu, baseVersion: string): IvrWriteBody => ({ hours: 'business', baseVersion, menu });

interface StreamEvent {
  event: string;
  data: unknown;
}

/** The events of a whole text/event-stream body (comments skipped), each data checked against the contract. */
function parseStream(text: string): StreamEvent[] {
  const events: StreamEvent[] = [];
  for (const block of text.split('\n\n')) {
    const lines = block.split('\n').filter((l) => l && !l.startsWith(':'));
    if (lines.length === 0) continue;
    const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
    const data = JSON.parse(lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n')) as unknown;
    const schema = ivrApplyEventSchemas[event as IvrApplyEventName];
    expect(schema, `unknown event ${event}`).toBeDefined();
    expect(schema.safeParse(data).success, `${event} breaks the contract: ${JSON.stringify(data)}`).toBe(true);
    events.push({ event, data });
  }
  return events;
}

async function putStream(as: SignedIn, id: string, payload: unknown, headers: Record<string, string> = {}) {
  const res = await bff.inject({
    method: 'PUT',
    url: `/api/auto-receptionists/${id}/ivr`,
    headers: { ...as.writeHeaders, accept: 'text/event-stream', ...headers },
    payload: payload as object,
  });
  const streamed = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
  return { res, streamed, events: streamed ? parseStream(res.body) : [] };
}

const outcomeOf = (events: StreamEvent[]) => {
  const last = events.at(-1)!;
  expect(last.event).toBe('outcome');
  return last.data as IvrApplyResponse;
};

/** What two runs of the same write share: everything but the audit id and Zoom's tracking ids. */
const comparable = (r: IvrApplyResponse) => ({
  ...r,
  auditId: r.auditId ? 'audit' : null,
  ops: r.ops.map((o) => ({ ...o, trackingId: o.trackingId ? 'tracking' : null })),
});

describe('PUT …/ivr as server-sent events', () => {
  test('planned, one op per op in order, verifying, then the outcome the JSON PUT answers', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(users[3]!);
    desired.keys['4'] = forwardToUser(users[4]!);

    await clearSimLog(bff);
    const { res, streamed, events } = await putStream(admin, arId, body(desired, version));
    expect(res.statusCode).toBe(200);
    expect(streamed).toBe(true);
    expect(res.headers['cache-control']).toMatch(/no-store/);
    expect(res.headers['content-security-policy']).toBeDefined(); // security headers still apply
    expect(events.map((e) => e.event)).toEqual(['planned', 'op', 'op', 'verifying', 'outcome']);
    const planned = events[0]!.data as { ops: { field: string }[] };
    expect(planned.ops.map((o) => o.field)).toEqual(['key:1', 'key:4']);
    expect(events.slice(1, 3).map((e) => e.data)).toEqual([
      { index: 0, status: 'applied', httpStatus: 204, trackingId: expect.stringMatching(/\S/) },
      { index: 1, status: 'applied', httpStatus: 204, trackingId: expect.stringMatching(/\S/) },
    ]);
    expect(events[3]!.data).toEqual({});
    const streamedOutcome = outcomeOf(events);
    expect(streamedOutcome.outcome).toBe('applied');
    expect(streamedOutcome.ops.map((o) => o.trackingId)).toEqual([
      (events[1]!.data as { trackingId: string }).trackingId,
      (events[2]!.data as { trackingId: string }).trackingId,
    ]);
    const log = await simLog(bff);
    expect([countCalls(log, 'GET'), countCalls(log, 'PATCH')]).toEqual([2, 2]); // the stream costs Zoom nothing extra
    expect((await zoomMenu(bff, arId)).keys['4'].target?.extensionId).toBe(users[4]!.extensionId);

    // The same write as plain JSON, from the same starting point: the same outcome.
    await simControl(bff, 'reset');
    const again = await loadIvr(bff, admin, arId);
    expect(again.version).toBe(version);
    const json = await putIvr(bff, admin, arId, body(desired, version));
    expect(json.status).toBe(200);
    expect(comparable(streamedOutcome)).toEqual(comparable(json.body));
  });

  test('a 500 on the third of five PATCHes: op events applied, applied, failed, then skipped; the outcome is partial', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const desired = structuredClone(menu);
    (['1', '3', '5', '6', '7'] as const).forEach((k, i) => (desired.keys[k] = forwardToUser(users[10 + i]!)));
    await simControl(bff, 'faults', { status: 500, match: { method: 'PATCH' }, afterCount: 2 });

    const { res, events } = await putStream(admin, arId, body(desired, version));
    expect(res.statusCode).toBe(200);
    expect(events.map((e) => e.event)).toEqual(['planned', 'op', 'op', 'op', 'op', 'op', 'verifying', 'outcome']);
    const ops = events.filter((e) => e.event === 'op').map((e) => e.data as { index: number; status: string; httpStatus?: number; error?: string });
    expect(ops.map((o) => [o.index, o.status])).toEqual([
      [0, 'applied'],
      [1, 'applied'],
      [2, 'failed'],
      [3, 'skipped'],
      [4, 'skipped'],
    ]);
    expect(ops[2]).toMatchObject({ httpStatus: 500, error: 'Internal Error.' });
    const outcome = outcomeOf(events);
    expect(outcome.outcome).toBe('partial');
    expect(outcome.ops.map((o) => o.status)).toEqual(['applied', 'applied', 'failed', 'skipped', 'skipped']);
    expect(outcome.message).toMatch(/^2 of 5 requests landed/);
  });

  test('a conflict is a single outcome event with what changed in Zoom, nothing written; the JSON PUT still answers 409', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    await zoomPatch(bff, arId, 'business', { key_action: { key: '2', action: -1 } });
    const desired = structuredClone(menu);
    desired.keys['1'] = forwardToUser(users[2]!);
    await clearSimLog(bff);

    const { res, events } = await putStream(admin, arId, body(desired, version));
    expect(res.statusCode).toBe(200);
    expect(events.map((e) => e.event)).toEqual(['outcome']);
    const outcome = outcomeOf(events);
    expect(outcome).toMatchObject({ outcome: 'conflict', ops: [] });
    expect(outcome.diff?.map((d) => d.field)).toEqual(['key:2']);
    expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);

    const json = await putIvr(bff, admin, arId, body(desired, version));
    expect(json.status).toBe(409);
    expect(comparable(json.body)).toEqual(comparable(outcome));
  });

  test('nothing to change: planned with no ops, then no_change', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const { events } = await putStream(admin, arId, body(menu, version));
    expect(events.map((e) => e.event)).toEqual(['planned', 'outcome']);
    expect(events[0]!.data).toEqual({ ops: [] });
    expect(outcomeOf(events).outcome).toBe('no_change');
  });

  test('validation, unknown targets, unknown menus, roles and CSRF are answered before any stream, as 4xx JSON', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const unknownTarget = structuredClone(menu);
    unknownTarget.keys['1'] = { action: 2, target: { extensionId: 'no-such-extension' }, voicemailGreetingId: null };
    const fine = structuredClone(menu);
    fine.keys['1'] = forwardToUser(users[0]!);
    const cases: { as: SignedIn; id?: string; payload: unknown; headers?: Record<string, string>; status: number; message: RegExp }[] = [
      { as: admin, payload: { hours: 'business', menu }, status: 400, message: /baseVersion/ },
      { as: admin, payload: body(unknownTarget, version), status: 400, message: /no user with extension id "no-such-extension"/ },
      { as: admin, id: 'NoSuchAr', payload: body(fine, version), status: 404, message: /no auto receptionist/ },
      { as: support, payload: body(fine, version), status: 403, message: /\S/ },
      { as: admin, payload: body(fine, version), headers: { 'x-csrf-token': 'wrong' }, status: 403, message: /\S/ },
    ];
    await clearSimLog(bff);
    for (const c of cases) {
      const { res, streamed } = await putStream(c.as, c.id ?? arId, c.payload, c.headers);
      expect(res.statusCode, res.body).toBe(c.status);
      expect(streamed).toBe(false);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().error.message).toMatch(c.message);
    }
    expect(countCalls(await simLog(bff), 'PATCH', '')).toBe(0);
  });
});
