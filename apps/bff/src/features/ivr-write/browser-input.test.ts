// What the browser sends is never believed: names come from Zoom (the
// directory), never from the request; every id is checked against what the
// account holds (or at least its form, where Zoom lists nothing) before a
// plan is made, with a sentence naming the id; nothing reaches Zoom.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { AuditEntry } from '@switchboard/contract/audit';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrPlanResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { clearSimLog, loadIvr, putIvr, seededTargets, simControl, simLog } from './test-support';

let bff: FastifyInstance;
let admin: SignedIn;
let arId = '';
let users: DirectoryItem[] = [];

beforeAll(async () => {
  bff = await createTestApp();
  admin = await signIn(bff, 'admin');
  ({ arId, users } = await seededTargets(bff));
});
afterAll(() => bff.close());
beforeEach(() => simControl(bff, 'reset'));

const plan = async (b: IvrWriteBody) => {
  const res = await bff.inject({ method: 'POST', url: `/api/auto-receptionists/${arId}/ivr/plan`, headers: admin.writeHeaders, payload: b });
  return { status: res.statusCode, body: res.json() as IvrPlanResponse & { error?: { message: string } } };
};

/** The menu as read, with key 4 changed by `edit`. */
async function edited(edit: (m: Menu) => void): Promise<IvrWriteBody> {
  const { menu, version } = await loadIvr(bff, admin, arId);
  const desired = structuredClone(menu);
  edit(desired);
  return { hours: 'business', baseVersion: version, menu: desired };
}

async function expectRefused(b: IvrWriteBody, message: RegExp) {
  await clearSimLog(bff);
  for (const send of [plan, (x: IvrWriteBody) => putIvr(bff, admin, arId, x)]) {
    const res = await send(b);
    expect(res.status).toBe(400);
    expect((res.body as { error?: { message: string } }).error?.message).toMatch(message);
  }
  expect((await simLog(bff)).filter((r) => r.method !== 'GET')).toEqual([]);
}

describe('names come from Zoom, never from the browser', () => {
  test('a target sent with another name and extension number is described — in the review and the history — by its own', async () => {
    const fatima = users[3]!;
    const b = await edited((m) => {
      m.keys['4'] = { action: 2, target: { extensionId: fatima.extensionId!, name: 'Security Desk', extensionNumber: '9999' }, voicemailGreetingId: null };
    });
    const reviewed = await plan(b);
    expect(reviewed.status).toBe(200);
    const sentence = reviewed.body.ops[0]!.description;
    expect(sentence).toContain(`forward to ${fatima.name} (ext ${fatima.extensionNumber})`);
    expect(JSON.stringify(reviewed.body)).not.toMatch(/Security Desk|9999/);

    const { body: out } = await putIvr(bff, admin, arId, b);
    expect(out.outcome).toBe('applied');
    const entry = (await bff.inject({ url: `/api/audit/${out.auditId}`, headers: admin.headers })).json() as AuditEntry;
    expect(JSON.stringify(entry)).not.toMatch(/Security Desk|9999/);
    expect(entry.ops[0]!.description).toContain(fatima.name);
  });

  test('a menu sent back exactly as it was read is accepted (nothing to change)', async () => {
    const { menu, version } = await loadIvr(bff, admin, arId);
    const { status, body } = await putIvr(bff, admin, arId, { hours: 'business', baseVersion: version, menu });
    expect(status).toBe(200);
    expect(body.outcome).toBe('no_change');
  });

  test('a 10,000-character name is refused with a sentence', async () => {
    await expectRefused(
      await edited((m) => {
        m.keys['4'] = { action: 2, target: { extensionId: users[0]!.extensionId!, name: 'x'.repeat(10_000) }, voicemailGreetingId: null };
      }),
      /Key 4: the target's name is longer than 200 characters/,
    );
  });
});

describe('ids are checked against what the account holds before a plan is made', () => {
  test('an unknown greeting prompt', async () => {
    await expectRefused(
      await edited((m) => {
        m.prompt = { id: 'noSuchPrompt123' };
      }),
      /Greeting prompt: there is no audio prompt "noSuchPrompt123" in Zoom's audio library/,
    );
  });

  test('an unknown voicemail greeting', async () => {
    await expectRefused(
      await edited((m) => {
        m.keys['4'] = { action: 200, target: { extensionId: users[0]!.extensionId! }, voicemailGreetingId: 'noSuchGreeting1' };
      }),
      /Key 4: there is no voicemail greeting "noSuchGreeting1" in Zoom's audio library/,
    );
  });

  test('a Zoom Room, a Contact Center entry point and a meeting service that do not exist', async () => {
    const cases: [number, string, RegExp][] = [
      [3, 'noSuchRoom123', /Key 4: there is no Zoom Room with extension id "noSuchRoom123"/],
      [15, 'noSuchEntry123', /Key 4: there is no contact center with extension id "noSuchEntry123"/],
      [16, 'noSuchService1', /Key 4: there is no meeting service with extension id "noSuchService1"/],
    ];
    for (const [action, id, message] of cases) {
      await expectRefused(await edited((m) => void (m.keys['4'] = { action, target: { extensionId: id }, voicemailGreetingId: null })), message);
    }
  });

  test('ids that cannot be Zoom ids: a path, 10,000 characters', async () => {
    await expectRefused(
      await edited((m) => void (m.keys['4'] = { action: 3, target: { extensionId: '../../admin' }, voicemailGreetingId: null })),
      /Key 4: "\.\.\/\.\.\/admin" is not a Zoom id/,
    );
    await expectRefused(
      await edited((m) => void (m.keys['4'] = { action: 15, target: { extensionId: 'a'.repeat(10_000) }, voicemailGreetingId: null })),
      /Key 4: "a{40}…" is not a Zoom id/,
    );
    await expectRefused(
      await edited((m) => {
        m.prompt = { id: 'p'.repeat(10_000) };
      }),
      /Greeting prompt: "p{40}…" is not a Zoom audio id/,
    );
  });
});
