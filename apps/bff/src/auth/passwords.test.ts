import { expect, test } from 'vitest';
import { HASHING, HashingBusyError, SCRYPT_PARAMS, burnPasswordCheck, hashPassword, scryptSlots, scryptStats, verifyPassword } from './passwords';

test('scrypt hashes carry their parameters and a per-password salt', async () => {
  const a = await hashPassword('correct horse');
  const b = await hashPassword('correct horse');
  expect(a).toMatch(new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$1\\$[\\w-]{22}\\$[\\w-]{86}$`));
  expect(a).not.toBe(b);
  expect(await verifyPassword('correct horse', a)).toBe(true);
  expect(await verifyPassword('correct horse!', a)).toBe(false);
  expect(await verifyPassword('correct horse', 'garbage')).toBe(false);
});

test('cheaper stored parameters still verify (parameters can be raised later)', async () => {
  const h = await hashPassword('pw', { N: 1024, r: 8, p: 1 });
  expect(h.startsWith('scrypt$1024$8$1$')).toBe(true);
  expect(await verifyPassword('pw', h)).toBe(true);
});

test('an unknown email costs one full-price derivation and never matches', async () => {
  const before = scryptStats.derivations;
  expect(await burnPasswordCheck('')).toBe(false);
  expect(scryptStats.derivations - before).toBe(1);
});

test('the process runs one scrypt derivation at a time, lets 8 wait and refuses the rest as busy', async () => {
  const h = await hashPassword('pw', { N: 1024, r: 8, p: 1 });
  scryptStats.maxInFlight = 0;
  const before = scryptStats.derivations;
  // started in one tick: all of them want a derivation at once
  const outcomes = await Promise.all(Array.from({ length: 20 }, () => verifyPassword('pw', h).catch((e: unknown) => e)));
  const busy = outcomes.filter((o) => o instanceof HashingBusyError);
  expect(outcomes.filter((o) => o === true)).toHaveLength(HASHING.concurrent + HASHING.maxWaiting);
  expect(busy).toHaveLength(20 - HASHING.concurrent - HASHING.maxWaiting);
  expect(scryptStats.derivations - before).toBe(HASHING.concurrent + HASHING.maxWaiting);
  // measured around node:crypto's scrypt call itself, not inside the semaphore
  expect(scryptStats.maxInFlight).toBe(HASHING.concurrent);
  expect([scryptSlots.running, scryptSlots.waiting]).toEqual([0, 0]);
});
