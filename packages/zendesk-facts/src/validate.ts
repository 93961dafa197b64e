// Checks a value against a schema from src/schemas.ts and says what is wrong in plain English.
import type { ObjectFact, Problem, SchemaFact } from './facts';

export interface ValidateOptions {
  /** 'forbid': a field the documents do not name is a problem (writes ignore it) */
  unknownFields: 'forbid' | 'allow';
  /** 'forbid': a read-only field in a request is a problem (writes ignore it) */
  readOnlyFields?: 'forbid' | 'allow';
  /** prefix for reported fields, e.g. 'ivr_route' */
  path?: string;
}

interface Ctx {
  unknown: boolean;
  readOnly: boolean;
}

export function validateValue(schema: SchemaFact, value: unknown, opts: ValidateOptions): Problem[] {
  return check(schema, value, opts.path ?? '', { unknown: opts.unknownFields === 'forbid', readOnly: opts.readOnlyFields === 'forbid' });
}

function check(schema: SchemaFact, value: unknown, field: string, ctx: Ctx): Problem[] {
  if (schema.readOnly && ctx.readOnly) return [{ field, problem: 'is read-only (a write ignores it)' }];
  if (schema.type === 'any') return [];
  if (value === null) return schema.nullable ? [] : [{ field, problem: `should be ${article(schema.type)}, got null` }];
  switch (schema.type) {
    case 'object':
      return checkObject(schema, value, field, ctx);
    case 'array': {
      if (!Array.isArray(value)) return [wrongType(field, 'array', value)];
      const problems: Problem[] = [];
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push({ field, problem: `has fewer than ${schema.minItems} items` });
      const items = schema.items;
      if (items) value.forEach((v, i) => problems.push(...check(items, v, `${field}[${i}]`, ctx)));
      return problems;
    }
    case 'string':
      if (typeof value !== 'string') return [wrongType(field, 'string', value)];
      return schema.enum && !schema.enum.includes(value) ? [{ field, problem: `should be one of ${schema.enum.join(', ')}` }] : [];
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? [] : [wrongType(field, 'integer', value)];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [wrongType(field, 'boolean', value)];
  }
}

function checkObject(schema: ObjectFact, value: unknown, field: string, ctx: Ctx): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [wrongType(field, 'object', value)];
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const name of schema.required ?? []) {
    if (record[name] === undefined) problems.push({ field: join(field, name), problem: 'is required' });
  }
  const dep = schema.dependent;
  const on = dep ? record[dep.on] : undefined;
  const depCase = dep && typeof on === 'string' ? dep.cases[on] : undefined;
  for (const [name, child] of Object.entries(record)) {
    if (child === undefined) continue;
    const prop = schema.properties?.[name];
    if (dep && name === dep.field && depCase && prop && !(prop.readOnly && ctx.readOnly)) {
      const at = join(field, name);
      for (const p of check(depCase, child, at, ctx)) {
        const foreign = p.problem === 'is not a documented field' && p.field.lastIndexOf('.') === at.length;
        problems.push(foreign ? { field: p.field, problem: `is not an option of the action ${String(on)}` } : p);
      }
    } else if (prop) problems.push(...check(prop, child, join(field, name), ctx));
    else if (ctx.unknown && schema.additional !== true && schema.properties) {
      problems.push({ field: join(field, name), problem: 'is not a documented field' });
    }
  }
  return problems;
}

function join(field: string, name: string): string {
  return field ? `${field}.${name}` : name;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function wrongType(field: string, expected: string, value: unknown): Problem {
  return { field, problem: `should be ${article(expected)}, got ${describeType(value)}` };
}
