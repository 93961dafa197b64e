// Password hashing with scrypt (OWASP parameters: N=2^17, r=8, p=1), a random
// salt per password, and a constant-time comparison. The parameters are
// stored in the hash so they can be raised later without breaking old hashes.
//
// Each derivation allocates 128 × N × r bytes (128 MB with these parameters)
// for about a second of one core, so every derivation in the process goes
// through one bounded semaphore: one at a time, at most 8 waiting, the rest
// refused with HashingBusyError (sign-in answers 503). One at a time keeps a
// burst at idle + 128 MB (measured in bench/src/sign-in-storm.ts) and leaves
// the second core to the event loop and the database.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { BoundedSemaphore, QueueFullError } from '../lib/semaphore';
import type { Lane } from '../lib/semaphore';

const KEY_LENGTH = 64;
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;

export const HASHING = { concurrent: 1, maxWaiting: 8 } as const;

/** The process's scrypt slots (exported so tests can hold them). */
export const scryptSlots = new BoundedSemaphore(HASHING.concurrent, HASHING.maxWaiting);

export class HashingBusyError extends Error {
  override name = 'HashingBusyError';
}

/** Derivations actually running inside node:crypto, counted around the call itself (tests read these). */
export const scryptStats = { derivations: 0, inFlight: 0, maxInFlight: 0 };

export interface HashOptions {
  /** 'front': an attempt that looks like a real person's (see auth/sessions.ts) goes ahead of the rest. */
  lane?: Lane;
}

function rawDerive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  scryptStats.derivations++;
  scryptStats.maxInFlight = Math.max(scryptStats.maxInFlight, ++scryptStats.inFlight);
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => {
      scryptStats.inFlight--;
      if (err) reject(err);
      else resolve(key);
    });
  });
}

async function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }, lane: Lane): Promise<Buffer> {
  let release: () => void;
  try {
    release = await scryptSlots.acquire(lane);
  } catch (err) {
    if (err instanceof QueueFullError) throw new HashingBusyError('Too many password checks are waiting.');
    throw err;
  }
  try {
    return await rawDerive(password, salt, params);
  } finally {
    release();
  }
}

/** `scrypt$N$r$p$salt$hash` (base64url salt and hash). */
export async function hashPassword(
  password: string,
  params: { N: number; r: number; p: number } = SCRYPT_PARAMS,
  opts: HashOptions = {},
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params, opts.lane ?? 'back');
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string, opts: HashOptions = {}): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, keyText] = parts as [string, string, string, string, string, string];
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const actual = await derive(password, Buffer.from(saltText, 'base64url'), params, opts.lane ?? 'back');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A well-formed hash with today's parameters that no password matches (its key
 * is all zeros). Checking against it costs exactly what a real check costs.
 */
const DUMMY_HASH = ['scrypt', SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p, Buffer.alloc(16).toString('base64url'), Buffer.alloc(KEY_LENGTH).toString('base64url')].join('$');

/**
 * Spend the same work as a real check when the email is unknown, so response
 * times do not reveal which emails have accounts.
 */
export async function burnPasswordCheck(password: string, opts: HashOptions = {}): Promise<false> {
  await verifyPassword(password, DUMMY_HASH, opts);
  return false;
}
