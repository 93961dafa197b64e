// Sign-in throttling through the API (docs/decisions/007): attempts are
// counted before the password check, per account and per address, and a storm
// against one account never keeps another account out.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { HASHING, scryptSlots, scryptStats } from '../../../auth/passwords';
import { addTestUser, createTestApp } from '../../../testing/harness';

let app: FastifyInstance;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const login = (email: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, remoteAddress });

const tally = (responses: LightMyRequestResponse[]) =>
  responses.reduce<Record<number, number>>((t, r) => ({ ...t, [r.statusCode]: (t[r.statusCode] ?? 0) + 1 }), {});

const ACCOUNT_LOCKED = 'Too many failed sign-in attempts for this account. Try again in 15 minutes.';

function expectAccountLocked(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(429);
  expect(res.json()).toEqual({ error: { code: 'rate_limited', message: ACCOUNT_LOCKED } });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(880);
  expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(900);
}

describe('per account', () => {
  test('40 concurrent wrong passwords: 5 reach the password check, 35 are refused; another account signs in from the same address during and after', async () => {
    const victim = await addTestUser(app, 'victim', { fullCost: true });
    const bystander = await addTestUser(app, 'bystander');
    const ip = '10.40.0.1';
    const before = scryptStats.derivations;
    const finished: string[] = [];
    const storm = Array.from({ length: 40 }, (_, i) =>
      login(victim.email, `guess-${i}`, ip).then((r) => (finished.push('storm'), r)),
    );
    const during = login(bystander.email, bystander.password, ip).then((r) => (finished.push('bystander'), r));
    const [results, bystanderRes] = await Promise.all([Promise.all(storm), during]);

    expect(bystanderRes.statusCode).toBe(200);
    expect(tally(results)).toEqual({ 401: 5, 429: 35 });
    expect(scryptStats.derivations - before).toBe(5 + 1); // five guesses and the bystander
    // the bystander's check went ahead of the storm's queued checks
    expect(finished.indexOf('bystander')).toBeLessThan(finished.lastIndexOf('storm'));
    expectAccountLocked(results.find((r) => r.statusCode === 429)!);

    // locked now for every address, even with the right password, and without a check
    const after = scryptStats.derivations;
    expectAccountLocked(await login(victim.email, victim.password, ip));
    expectAccountLocked(await login(victim.email, victim.password, '10.40.0.2'));
    expect(scryptStats.derivations).toBe(after);
    expect((await login(bystander.email, bystander.password, ip)).statusCode).toBe(200);
  });

  test('guesses spread over 4 addresses lock the account for every address', async () => {
    const u = await addTestUser(app, 'spread');
    for (let i = 0; i < 5; i++) expect((await login(u.email, `guess-${i}`, `10.41.0.${(i % 4) + 1}`)).statusCode).toBe(401);
    expectAccountLocked(await login(u.email, u.password, '10.41.0.9'));
  });

  test('a success clears the account’s failures', async () => {
    const u = await addTestUser(app, 'typo');
    for (let i = 0; i < 4; i++) expect((await login(u.email, `typo-${i}`, '10.42.0.1')).statusCode).toBe(401);
    expect((await login(u.email, u.password, '10.42.0.2')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(u.email, `typo-${i}`, '10.42.0.1')).statusCode).toBe(401);
    expect((await login(u.email, u.password, '10.42.0.1')).statusCode).toBe(200);
  });

  test('unknown emails are throttled the same way and each checked guess still costs a hash', async () => {
    const ghost = `nobody-${Date.now()}@example.test`;
    const before = scryptStats.derivations;
    for (let i = 0; i < 5; i++) expect((await login(ghost, `guess-${i}`, '10.44.0.1')).statusCode).toBe(401);
    expect(scryptStats.derivations - before).toBe(5);
    expectAccountLocked(await login(ghost, 'guess-5', '10.44.0.2'));
    expect(scryptStats.derivations - before).toBe(5);
  });

  test('15 minutes after the failures the account may sign in again', async () => {
    const u = await addTestUser(app, 'later');
    for (let i = 0; i < 5; i++) await login(u.email, `guess-${i}`, '10.45.0.1');
    expectAccountLocked(await login(u.email, u.password, '10.45.0.1'));
    await app.database.db.updateTable('login_attempts').set({ at: new Date(Date.now() - 16 * 60_000) }).where('email', '=', u.email).execute();
    expect((await login(u.email, u.password, '10.45.0.1')).statusCode).toBe(200);
  });
});

describe('per address', () => {
  test('after failures against 10 accounts an address may not try an 11th, but may go on with those 10; a success there forgives that account', async () => {
    const users = [];
    for (let i = 0; i < 11; i++) users.push(await addTestUser(app, `spray${i}`));
    const ip = '10.50.0.1';
    for (const u of users.slice(0, 10)) expect((await login(u.email, 'Password1', ip)).statusCode).toBe(401);

    const eleventh = users[10]!;
    const refused = await login(eleventh.email, eleventh.password, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe('Too many failed sign-in attempts from your network address. Try again in 15 minutes.');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(880);
    // the same account from another address is fine
    expect((await login(eleventh.email, eleventh.password, '10.50.0.2')).statusCode).toBe(200);
    // accounts the address already failed against are still checked
    expect((await login(users[3]!.email, 'Password2', ip)).statusCode).toBe(401);
    expect((await login(users[4]!.email, users[4]!.password, ip)).statusCode).toBe(200);
    // users[4] proved it was a typo, so the address is down to 9 accounts
    expect((await login(eleventh.email, eleventh.password, ip)).statusCode).toBe(200);
  });
});

/** Occupy the process's scrypt slot and its whole waiting line. */
async function fillHashingLine(lane: 'front' | 'back') {
  const running = await scryptSlots.acquire(lane);
  let displaced = 0;
  const waiting = Array.from({ length: HASHING.maxWaiting }, () =>
    scryptSlots.acquire(lane).then(
      (release) => release(),
      () => void displaced++,
    ),
  );
  return {
    displaced: () => displaced,
    async free() {
      running();
      await Promise.all(waiting);
    },
  };
}

describe('bounded hashing', () => {
  test('when the hashing line is full, sign-in answers 503 with a sentence and the attempt does not count', async () => {
    const u = await addTestUser(app, 'busy');
    const line = await fillHashingLine('front');
    try {
      const res = await login(u.email, u.password, '10.60.0.1');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ error: { code: 'busy', message: 'Switchboard is busy signing people in; try again in a moment.' } });
      expect(res.headers['retry-after']).toBe('2');
      const rows = await app.database.db.selectFrom('login_attempts').select('id').where('email', '=', u.email).execute();
      expect(rows).toHaveLength(0);
    } finally {
      await line.free();
    }
    expect((await login(u.email, u.password, '10.60.0.1')).statusCode).toBe(200);
  });

  test('a line full of checks for accounts that already failed still lets an account without failures in', async () => {
    const u = await addTestUser(app, 'fresh');
    const line = await fillHashingLine('back');
    let pending: Promise<LightMyRequestResponse>;
    try {
      pending = login(u.email, u.password, '10.60.0.2');
      // it took the place of the newest waiter instead of being refused
      await vi.waitFor(() => expect(line.displaced()).toBe(1));
    } finally {
      await line.free();
    }
    expect((await pending).statusCode).toBe(200);
    expect([scryptSlots.running, scryptSlots.waiting]).toEqual([0, 0]);
  });
});
