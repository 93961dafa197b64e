// Checks a value against a documented schema and says what is wrong in plain English.
import type { ArrayFact, ObjectFact, Problem, SchemaFact } from './facts';

export interface ValidateOptions {
  /** 'forbid': a field the documents do not list is a problem (Zoom silently ignores it). */
  unknownFields: 'forbid' | 'allow';
  /** prefix for reported fields, e.g. 'key_action' */
  path?: string;
}

export function validateValue(
  schema: SchemaFact,
  value: unknown,
  opts: ValidateOptions,
): Problem[] {
  return check(schema, value, opts.path ?? '', opts.unknownFields === 'forbid');
}

function check(schema: SchemaFact, value: unknown, field: string, forbid: boolean): Problem[] {
  if ('oneOf' in schema) {
    if (value === null && schema.nullable) return [];
    let best: Problem[] | undefined;
    for (const variant of schema.oneOf) {
      const problems = check(variant, value, field, forbid);
      if (problems.length === 0) return [];
      if (!best || problems.length < best.length) best = problems;
    }
    return best ?? [];
  }
  if (schema.type === 'any') return [];
  if (value === null)
    return schema.nullable
      ? []
      : [{ field, problem: `should be ${article(schema.type)}, got null` }];
  switch (schema.type) {
    case 'object':
      return checkObject(schema, value, field, forbid);
    case 'array':
      return checkArray(schema, value, field, forbid);
    case 'string': {
      if (typeof value !== 'string') return [wrongType(field, 'string', value)];
      const problems: Problem[] = [];
      if (schema.enum && !schema.enum.includes(value))
        problems.push({ field, problem: oneOf(schema.enum) });
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        problems.push({ field, problem: `is longer than ${schema.maxLength} characters` });
      }
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        problems.push({ field, problem: `is shorter than ${schema.minLength} characters` });
      }
      if (schema.pattern && !safeTest(schema.pattern, value)) {
        problems.push({ field, problem: `does not match the pattern ${schema.pattern}` });
      }
      return problems;
    }
    case 'integer':
    case 'number': {
      const ok =
        typeof value === 'number' &&
        (schema.type === 'integer' ? Number.isInteger(value) : Number.isFinite(value));
      if (!ok) return [wrongType(field, schema.type, value)];
      const problems: Problem[] = [];
      if (schema.enum && !schema.enum.includes(value as number))
        problems.push({ field, problem: oneOf(schema.enum) });
      if (schema.minimum !== undefined && (value as number) < schema.minimum) {
        problems.push({ field, problem: `is below the minimum ${schema.minimum}` });
      }
      if (schema.maximum !== undefined && (value as number) > schema.maximum) {
        problems.push({ field, problem: `is above the maximum ${schema.maximum}` });
      }
      return problems;
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [wrongType(field, 'boolean', value)];
  }
}

function checkObject(
  schema: ObjectFact,
  value: unknown,
  field: string,
  forbid: boolean,
): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [wrongType(field, 'object', value)];
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const name of schema.required ?? []) {
    if (record[name] === undefined)
      problems.push({ field: join(field, name), problem: 'is required' });
  }
  // an object documented without fields is free-form
  const open = schema.additional === true || !schema.properties;
  for (const [name, child] of Object.entries(record)) {
    if (child === undefined) continue;
    const prop = schema.properties?.[name];
    if (prop) problems.push(...check(prop, child, join(field, name), forbid));
    else if (schema.additional && schema.additional !== true) {
      problems.push(...check(schema.additional, child, join(field, name), forbid));
    } else if (!open && forbid)
      problems.push({ field: join(field, name), problem: 'is not a documented field' });
  }
  return problems;
}

function checkArray(schema: ArrayFact, value: unknown, field: string, forbid: boolean): Problem[] {
  if (!Array.isArray(value)) return [wrongType(field, 'array', value)];
  const problems: Problem[] = [];
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    problems.push({ field, problem: `has more than ${schema.maxItems} items` });
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    problems.push({ field, problem: `has fewer than ${schema.minItems} items` });
  }
  const items = schema.items;
  if (items) value.forEach((v, i) => problems.push(...check(items, v, `${field}[${i}]`, forbid)));
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

function oneOf(values: readonly (string | number)[]): string {
  return `should be one of ${values.join(', ')}`;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true;
  }
}
