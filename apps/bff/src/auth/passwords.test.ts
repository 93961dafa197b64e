import { expect, test } from 'vitest';
import { SCRYPT_PARAMS, hashPassword, verifyPassword } from './passwords';

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
