// Each kind of zod issue becomes a sentence naming the field and what was
// expected: a missing field "is required", a wrong type says the type it
// must be and what came, sizes and choices are spelled out, unknown fields are
// named, and sentences written in the contract are kept. Through a small app
// with the real zod type provider and errors plugin, so the issues are the
// ones Fastify hands over.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { copyIvrJobBodySchema } from '@switchboard/contract/ivr-copy';
import { jobListQuerySchema } from '@switchboard/contract/jobs';
import errors from '../plugins/app/errors';
import zod from '../plugins/external/zod';

const probeBody = z.strictObject({
  hours: z.enum(['business', 'closed']),
  baseVersion: z.string(),
  name: z.string().min(2).max(5).optional(),
  note: z.string().min(1).optional(),
  code: z.string().length(3).optional(),
  count: z.number().int().min(1).max(10).optional(),
  ratio: z.number().lt(1).optional(),
  tags: z.array(z.string()).min(1).max(2).optional(),
  pair: z.array(z.string()).min(2).optional(),
  repeat: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  kind: z.literal('ivr').optional(),
  email: z.email().optional(),
  id: z.uuid().optional(),
  step: z.number().multipleOf(5).optional(),
  nested: z.strictObject({ a: z.string() }).optional(),
  list: z.array(z.strictObject({ b: z.number() })).optional(),
});

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify({ logger: false });
  await app.register(zod);
  await app.register(errors);
  const routes: FastifyPluginAsyncZod = async (f) => {
    f.post('/probe', { schema: { body: probeBody } }, async () => ({ ok: true }));
    f.post('/copy', { schema: { body: copyIvrJobBodySchema } }, async () => ({ ok: true }));
    f.get('/jobs', { schema: { querystring: jobListQuerySchema } }, async () => ({ ok: true }));
  };
  await app.register(routes);
  await app.ready();
});
afterAll(() => app.close());

const valid = { hours: 'business', baseVersion: 'v1' };

async function refused(payload: unknown, url = '/probe'): Promise<{ message: string; field: string }> {
  const res = await app.inject({ method: 'POST', url, payload: payload as object });
  expect(res.statusCode, res.body).toBe(400);
  const { error } = res.json() as { error: { code: string; message: string; details: { field: string } } };
  expect(error.code).toBe('bad_request');
  return { message: error.message, field: error.details.field };
}

const message = async (payload: unknown, url?: string) => (await refused(payload, url)).message;

describe('invalid_type: missing or of the wrong type', () => {
  test('a missing field is required', async () => {
    expect(await refused({ hours: 'business' })).toEqual({ message: 'The field "baseVersion" is required.', field: 'body.baseVersion' });
  });

  test('a wrong type says what it must be and what came', async () => {
    expect(await message({ ...valid, baseVersion: 5 })).toBe('The field "baseVersion" must be a string (got a number).');
    expect(await message({ ...valid, baseVersion: null })).toBe('The field "baseVersion" must be a string (got null).');
    expect(await message({ ...valid, count: '3' })).toBe('The field "count" must be a number (got a string).');
    expect(await message({ ...valid, count: 1.5 })).toBe('The field "count" must be a whole number.');
    expect(await message({ ...valid, nested: 'x' })).toBe('The field "nested" must be an object (got a string).');
    expect(await message({ ...valid, tags: { a: 1 } })).toBe('The field "tags" must be an array (got an object).');
    expect(await message({ ...valid, list: [{ b: true }] })).toBe('The field "list.0.b" must be a number (got true or false).');
  });

  test('a wrong type with a sentence in the contract still says the type', async () => {
    // copyIvrJobBodySchema.sourceVersion has its own sentence for being empty, not for the type
    const body = { sourceId: 'abc', hours: 'business', targets: ['def'], sourceVersion: 7 };
    expect(await message(body, '/copy')).toBe('The field "sourceVersion" must be a string (got a number).');
  });

  test('no body at all', async () => {
    const res = await app.inject({ method: 'POST', url: '/probe' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('The request body is missing; send a JSON object.');
  });
});

describe('invalid_value and unions of literals: the choices', () => {
  test('an enum lists its values', async () => {
    expect(await message({ ...valid, hours: 5 })).toBe('The field "hours" must be one of: business, closed.');
    expect(await message({ ...valid, hours: 'weekend' })).toBe('The field "hours" must be one of: business, closed.');
  });

  test('a literal names its value; a union of literals lists them', async () => {
    expect(await message({ ...valid, kind: 'menu' })).toBe('The field "kind" must be ivr.');
    expect(await message({ ...valid, repeat: 4 })).toBe('The field "repeat" must be one of: 1, 2, 3.');
  });
});

describe('too_big / too_small for strings, numbers and arrays', () => {
  test('strings count characters', async () => {
    expect(await message({ ...valid, name: 'a' })).toBe('The field "name" must be at least 2 characters.');
    expect(await message({ ...valid, name: 'abcdef' })).toBe('The field "name" must be at most 5 characters.');
    expect(await message({ ...valid, note: '' })).toBe('The field "note" must not be empty.');
    expect(await message({ ...valid, code: 'ab' })).toBe('The field "code" must be exactly 3 characters.');
  });

  test('numbers have bounds', async () => {
    expect(await message({ ...valid, count: 0 })).toBe('The field "count" must be at least 1.');
    expect(await message({ ...valid, count: 11 })).toBe('The field "count" must be at most 10.');
    expect(await message({ ...valid, ratio: 1 })).toBe('The field "ratio" must be less than 1.');
  });

  test('arrays count items', async () => {
    expect(await message({ ...valid, tags: [] })).toBe('The field "tags" must have at least one item.');
    expect(await message({ ...valid, tags: ['a', 'b', 'c'] })).toBe('The field "tags" must have at most 2 items.');
    expect(await message({ ...valid, pair: ['a'] })).toBe('The field "pair" must have at least 2 items.');
  });
});

describe('formats', () => {
  test('email, UUID, multiples', async () => {
    expect(await message({ ...valid, email: 'nope' })).toBe('The field "email" must be an email address.');
    expect(await message({ ...valid, id: 'nope' })).toBe('The field "id" must be a UUID.');
    expect(await message({ ...valid, step: 7 })).toBe('The field "step" must be a multiple of 5.');
  });
});

describe('unrecognized_keys: unknown fields are named', () => {
  test('one unknown field, at the top or nested with its path', async () => {
    expect(await refused({ ...valid, keyActions: {} })).toEqual({
      message: 'The request body has a field Switchboard does not know: "keyActions". Check its spelling; nothing was changed.',
      field: 'body.keyActions',
    });
    expect(await message({ ...valid, nested: { a: 'x', b: 1 } })).toBe(
      'The request body has a field Switchboard does not know: "nested.b". Check its spelling; nothing was changed.',
    );
    expect(await message({ ...valid, list: [{ b: 1 }, { b: 2, c: 3 }] })).toBe(
      'The request body has a field Switchboard does not know: "list.1.c". Check its spelling; nothing was changed.',
    );
  });

  test('several unknown fields; more than five are counted', async () => {
    expect(await message({ ...valid, a: 1, b: 2 })).toBe(
      'The request body has fields Switchboard does not know: "a", "b". Check their spelling; nothing was changed.',
    );
    const many = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, 1]));
    expect(await message({ ...valid, ...many })).toBe(
      'The request body has fields Switchboard does not know: "a", "b", "c", "d", "e" and 2 more. Check their spelling; nothing was changed.',
    );
  });

  test('a misspelt field is named rather than the right one being "required"', async () => {
    expect(await message({ hours: 'business', baseVerison: 'v1' })).toBe(
      'The request body has a field Switchboard does not know: "baseVerison". Check its spelling; nothing was changed.',
    );
  });

  test('a long or odd name is quoted safely and cut short', async () => {
    const name = `<script>${'x'.repeat(200)}"`;
    const text = await message({ ...valid, [name]: 1 });
    expect(text).toContain('"<script>xxx');
    expect(text).toContain('…"');
    expect(text).not.toContain('x'.repeat(100));
    expect(text.length).toBeLessThan(200);
  });

  test('an unknown query parameter', async () => {
    const res = await app.inject({ url: '/jobs?limit=5&limt=5' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'bad_request',
      message: 'The request has a query parameter Switchboard does not know: "limt". Check its spelling.',
      details: { field: 'querystring.limt' },
    });
  });
});

describe('sentences written in the contract are kept', () => {
  test('a refinement and a bound with its own sentence', async () => {
    const body = { sourceId: 'abc', hours: 'business', targets: ['def'], sourceVersion: 'v1' };
    expect(await message({ ...body, targets: [] }, '/copy')).toBe(
      'The field "targets" is not valid: Choose at least one auto receptionist to copy to.',
    );
    expect(await message({ ...body, targets: ['def', 'def'] }, '/copy')).toBe(
      'The field "targets" is not valid: Each auto receptionist may be listed only once.',
    );
    expect(await message({ ...body, holidayId: 'h1' }, '/copy')).toMatch(
      /^The field "holidayId" is not valid: Holiday menus cannot be copied/,
    );
  });

  test('query parameters: a bound with its own sentence; a wrong type without "(got a string)"', async () => {
    const over = await app.inject({ url: '/jobs?limit=500' });
    expect(over.json().error.message).toBe('The query parameter "limit" is not valid: limit must be between 1 and 100.');
    const text = await app.inject({ url: '/jobs?limit=abc' });
    expect(text.json().error.message).toBe('The query parameter "limit" must be a number.');
  });
});
