// The storage suite: the history (write-ahead journal, queries, crash
// recovery), sessions, users and sign-in throttling, run on PGlite and on
// PostgreSQL alike (testing/storage-backends.ts). Ids are fresh per run, so
// the shared PGlite's other rows never matter.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import type { Menu } from '@switchboard/routing-core/ivr/menu';
import { LoginThrottle } from '../auth/throttle';
import { SessionService } from '../auth/sessions';
import { upsertUser } from '../auth/user-admin';
import { AuditService } from '../features/audit/service';
import { ownerText } from '../lib/process-identity';
import { requirePostgres } from '../testing/postgres';
import { storageBackends } from '../testing/storage-backends';
import type { WriteRecord } from '../write-pipeline/types';
import { toJson } from './json';

const backends = await storageBackends('storage suite');
afterAll(async () => {
  for (const b of backends) await b.dispose();
});

const menu = (prompt: string) => ({ prompt: { id: prompt } }) as unknown as Menu;
const op = { description: 'Set key 1', request: { method: 'PATCH' as const, path: '/phone/x', body: { a: 1 } } };

function record(outcome: WriteRecord<Menu>['outcome'], after: Menu | null): WriteRecord<Menu> {
  return {
    outcome,
    before: menu('before'),
    after,
    ops: [{ ...op, status: 'applied', httpStatus: 204, trackingId: 't-1' }],
    mismatches: [],
    diff: [{ field: 'key 1', before: 'Disabled', after: 'Forward' }],
    message: 'Applied and verified.',
    version: 'v2',
    providerCalls: 3,
  };
}

for (const backend of backends) {
  describe.skipIf(!backend.available)(`storage on ${backend.name}`, () => {
    test('the history holds the plan before anything is sent, each request as it goes, then the outcome', async () => {
      const { db } = await backend.open();
      const audit = new AuditService(db);
      const target = `AR-${randomUUID()}`;
      const journal = audit.ivrJournal({
        action: 'ivr.apply',
        actor: { id: 'u1', email: 'Admin@Example.com' },
        target: { id: target, name: 'Main line' },
        scope: { hours: 'business', holidayId: null },
        jobId: null,
      });
      const id = await journal.begin({ before: menu('before'), ops: [op], diff: [] });
      const begun = await audit.get(id);
      expect(begun).toMatchObject({ outcome: 'interrupted', target: { id: target, name: 'Main line' } });
      expect(begun!.ops[0]).toMatchObject({ status: 'pending', request: op.request });

      await journal.op(id, 0, { ...op, status: 'sending', trackingId: null });
      expect((await audit.get(id))!.ops[0]!.status).toBe('sending');

      expect(await journal.finish(id, record('applied', menu('after')))).toBe(id);
      const done = await audit.get(id);
      expect(done).toMatchObject({ outcome: 'applied', message: 'Applied and verified.' });
      expect(done!.ops[0]).toMatchObject({ status: 'applied', trackingId: 't-1' });

      // a run that sent nothing is one finished insert
      const conflictId = await journal.finish(null, record('conflict', menu('theirs')));
      expect(conflictId).not.toBe(id);
      expect(await audit.list({ target, limit: 10 })).toMatchObject([{ id: conflictId }, { id }]);
      expect(await audit.list({ target, outcome: 'applied', limit: 10 })).toMatchObject([{ id }]);
      expect(await audit.list({ target, actor: 'admin@example.COM', limit: 1 })).toHaveLength(1);
      expect(await audit.list({ target, kind: 'hours', limit: 10 })).toEqual([]);
    });

    test('who left a menu as it is: the last change through Switchboard, nobody, or cannot tell', async () => {
      const { db } = await backend.open();
      const audit = new AuditService(db);
      const target = `AR-${randomUUID()}`;
      const journal = audit.ivrJournal({
        action: 'ivr.apply',
        actor: { id: 'u1', email: 'admin@example.com' },
        target: { id: target, name: null },
        scope: { hours: 'closed', holidayId: null },
        jobId: null,
      });
      const isAfter = (m: Menu) => m.prompt.id === 'after';
      expect(await audit.lastChangeLeaving(target, 'closed', isAfter)).toBeNull();
      const id = await journal.finish(await journal.begin({ before: menu('before'), ops: [op], diff: [] }), record('applied', menu('after')));
      expect(await audit.lastChangeLeaving(target, 'closed', isAfter)).toMatchObject({ auditId: id, email: 'admin@example.com' });
      expect(await audit.lastChangeLeaving(target, 'closed', () => false)).toBeNull();
      await journal.finish(await journal.begin({ before: menu('after'), ops: [op], diff: [] }), record('unverified', null));
      expect(await audit.lastChangeLeaving(target, 'closed', isAfter)).toBeUndefined();
    });

    test('a run whose process is gone is marked interrupted with what it got to; a live one is left alone', async () => {
      const { db } = await backend.open();
      const audit = new AuditService(db);
      const gone = randomUUID();
      const live = randomUUID();
      const row = (id: string, owner: string) => ({
        id,
        kind: 'ivr',
        actor: 'u1',
        actor_email: 'admin@example.com',
        action: 'ivr.apply',
        target: `AR-${id}`,
        target_name: null,
        scope: 'business',
        before: toJson(menu('before'))!,
        after: toJson(null)!,
        ops: toJson([
          { ...op, status: 'applied', trackingId: 't' },
          { ...op, status: 'sending', trackingId: null },
          { ...op, status: 'pending', trackingId: null },
        ])!,
        outcome: 'interrupted',
        details: toJson({ jobId: null })!,
        finished_at: null,
        owner,
        heartbeat_at: new Date(Date.now() - 3_600_000),
      });
      await db.insertInto('audit_log').values([row(gone, 'elsewhere|1|old-boot'), row(live, ownerText())]).execute();
      const marked = await audit.recover();
      expect(marked).toContain(gone);
      expect(marked).not.toContain(live);
      const entry = await audit.get(gone);
      expect(entry!.message).toMatch(/1 of 3 requests was accepted by Zoom, 1 was on the way to Zoom/);
      expect(entry!.ops.map((o) => o.status)).toEqual(['applied', 'unknown', 'skipped']);
      expect(await audit.recover()).not.toContain(gone);
      await db.deleteFrom('audit_log').where('id', '=', live).execute();
    });

    test('sessions: sign in, look up, sign out; an expired session is gone; five wrong passwords lock the account', async () => {
      const { db } = await backend.open();
      const email = `person-${randomUUID()}@example.com`;
      expect(await upsertUser(db, { email, name: 'Person', role: 'support', password: 'a long enough secret' })).toBe('created');
      const sessions = new SessionService(db, new LoginThrottle(db), 8);
      const ok = await sessions.signIn(email.toUpperCase(), 'a long enough secret', '10.0.0.1');
      if (!ok.ok) throw new Error(`sign-in failed: ${ok.reason}`);
      expect(ok.session.role).toBe('support');
      expect((await sessions.lookup(ok.token))!.user.email).toBe(email);
      await sessions.signOut(ok.session.sessionId);
      expect(await sessions.lookup(ok.token)).toBeNull();

      const again = await sessions.signIn(email, 'a long enough secret', '10.0.0.1');
      if (!again.ok) throw new Error('second sign-in failed');
      await db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', again.session.sessionId).execute();
      expect(await sessions.lookup(again.token)).toBeNull();
      expect(await db.selectFrom('sessions').select('id').where('id', '=', again.session.sessionId).executeTakeFirst()).toBeUndefined();

      for (let i = 0; i < 5; i++) expect(await sessions.signIn(email, 'wrong', `10.0.1.${i}`)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(await sessions.signIn(email, 'a long enough secret', '10.0.2.1')).toMatchObject({ ok: false, reason: 'throttled', scope: 'account' });
    }, 60_000);
  });
}

test('the storage suite runs on both databases wherever CI runs', () => {
  expect(backends.map((b) => b.name)).toEqual(['PGlite', 'PostgreSQL']);
  // On a CI machine PostgreSQL is never skipped (testing/postgres.ts requirePostgres).
  expect(backends.every((b) => b.available) || !requirePostgres).toBe(true);
});
