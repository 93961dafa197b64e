import { describe, expect, it } from 'vitest';
import type { SchemaFact } from './facts';
import { validateValue } from './validate';

const forbid = { unknownFields: 'forbid' } as const;

const ivrLike: SchemaFact = {
  type: 'object',
  required: ['key'],
  properties: {
    key: { type: 'string', maxLength: 1 },
    action: { type: 'integer', enum: [1, 2, 3] },
    page_size: { type: 'integer', maximum: 100 },
    target: { type: 'object', properties: { extension_id: { type: 'string' } } },
    items: {
      type: 'array',
      maxItems: 2,
      items: { type: 'object', properties: { name: { type: 'string' } } },
    },
    note: { type: 'string', nullable: true },
    free: { type: 'object', additional: true },
  },
};

describe('validateValue', () => {
  it('accepts a value that follows the schema', () => {
    const ok = {
      key: '1',
      action: 2,
      target: { extension_id: 'x' },
      items: [{ name: 'a' }],
      note: null,
      free: { any: 1 },
    };
    expect(validateValue(ivrLike, ok, forbid)).toEqual([]);
  });

  it('names undocumented fields by dotted path, unless unknown fields are allowed', () => {
    const body = {
      key: '1',
      target: { extension_id: 'x', greeting_id: 'g' },
      items: [{ name: 'a' }, { nme: 'b' }],
    };
    expect(validateValue(ivrLike, body, forbid)).toEqual([
      { field: 'target.greeting_id', problem: 'is not a documented field' },
      { field: 'items[1].nme', problem: 'is not a documented field' },
    ]);
    expect(validateValue(ivrLike, body, { unknownFields: 'allow' })).toEqual([]);
  });

  it('reports types, enums, limits and missing required fields in plain English', () => {
    const body = { action: 4, page_size: 300, target: 'x', items: [{}, {}, {}], note: 5 };
    expect(validateValue(ivrLike, { key: 'ab', ...body }, forbid)).toEqual([
      { field: 'key', problem: 'is longer than 1 characters' },
      { field: 'action', problem: 'should be one of 1, 2, 3' },
      { field: 'page_size', problem: 'is above the maximum 100' },
      { field: 'target', problem: 'should be an object, got string' },
      { field: 'items', problem: 'has more than 2 items' },
      { field: 'note', problem: 'should be a string, got integer' },
    ]);
    expect(validateValue(ivrLike, {}, forbid)).toEqual([{ field: 'key', problem: 'is required' }]);
    expect(validateValue({ type: 'integer' }, '3', forbid)).toEqual([
      { field: '', problem: 'should be an integer, got string' },
    ]);
    expect(validateValue({ type: 'integer' }, 1.5, forbid)).toEqual([
      { field: '', problem: 'should be an integer, got number' },
    ]);
  });

  it('null only where documented as nullable; any accepts anything', () => {
    expect(validateValue({ type: 'string' }, null, forbid)).toEqual([
      { field: '', problem: 'should be a string, got null' },
    ]);
    expect(validateValue({ type: 'any' }, null, forbid)).toEqual([]);
    expect(validateValue({ type: 'any' }, [1, 'x'], forbid)).toEqual([]);
  });

  it("oneOf: any fitting variant, else the closest variant's problems", () => {
    const either: SchemaFact = {
      oneOf: [
        { type: 'object', properties: { a: { type: 'string' } } },
        { type: 'object', properties: { b: { type: 'integer' }, c: { type: 'integer' } } },
      ],
    };
    expect(validateValue(either, { b: 1 }, forbid)).toEqual([]);
    expect(validateValue(either, { b: 'x', c: 1 }, forbid)).toEqual([
      { field: 'b', problem: 'should be an integer, got string' },
    ]);
  });

  it('prefixes fields with opts.path', () => {
    expect(validateValue({ type: 'boolean' }, 1, { ...forbid, path: 'policy.enable' })).toEqual([
      { field: 'policy.enable', problem: 'should be a boolean, got integer' },
    ]);
  });
});
