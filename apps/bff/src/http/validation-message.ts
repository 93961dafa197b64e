// Turn the zod issues of a rejected request into one sentence that says which
// field is wrong and why. zod 4 issues carry no input, so the request's own
// value at the issue's path (`input`) tells a missing field from a wrong type.
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';

const PART: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'field',
  headers: 'header',
};

const WHOLE: Record<string, string> = {
  querystring: 'The query string',
  params: 'The path',
  body: 'The request body',
  headers: 'The headers',
};

/** zod's own English messages; anything else was written in the contract and is already a sentence. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized)/;

/** Names from the request are quoted (JSON escapes), cut short, and at most a few are listed. */
const MAX_NAME = 60;
const MAX_NAMES = 5;

const sentence = (s: string) => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

const quote = (name: string) => JSON.stringify(name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name);

function list(names: string[]): string {
  const shown = names.slice(0, MAX_NAMES).map(quote).join(', ');
  return names.length > MAX_NAMES ? `${shown} and ${names.length - MAX_NAMES} more` : shown;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  date: 'a date',
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function valueAt(input: unknown, path: string[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

const fmt = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

interface Params {
  keys?: string[];
  values?: unknown[];
  expected?: string;
  origin?: string;
  format?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
  divisor?: number;
  errors?: { code: string; values?: unknown[]; expected?: string; path: unknown[] }[][];
}

/** What is wrong with a value of this size: `must be at most 5 characters.` */
function sizeRule(code: 'too_big' | 'too_small', p: Params): string {
  const big = code === 'too_big';
  const n = Number(big ? p.maximum : p.minimum);
  switch (p.origin) {
    case 'string':
      if (p.exact) return `must be exactly ${n} characters`;
      if (!big && n === 1) return 'must not be empty';
      return `must be at ${big ? 'most' : 'least'} ${n} character${n === 1 ? '' : 's'}`;
    case 'array':
    case 'set':
      if (p.exact) return `must have exactly ${n} items`;
      if (!big && n === 1) return 'must have at least one item';
      return `must have at ${big ? 'most' : 'least'} ${n} item${n === 1 ? '' : 's'}`;
    default:
      if (p.inclusive === false) return `must be ${big ? 'less' : 'greater'} than ${n}`;
      return `must be at ${big ? 'most' : 'least'} ${n}`;
  }
}

/** A union of literals (e.g. 1 | 2 | 3) reads like an enum. */
function unionValues(p: Params): unknown[] | null {
  const options = p.errors ?? [];
  if (options.length === 0) return null;
  const values: unknown[] = [];
  for (const issues of options) {
    const only = issues.length === 1 ? issues[0] : undefined;
    if (only?.code !== 'invalid_value' || only.path.length > 0 || !only.values) return null;
    values.push(...only.values);
  }
  return values;
}

export function validationMessage(
  issues: FastifySchemaValidationError[],
  context: string | undefined,
  /** The request's part that failed (body, query, params), as sent. */
  input: unknown,
): { message: string; field: string } {
  // A misspelt field also makes the right name "required": the unknown name explains both.
  const issue = issues.find((i) => i.keyword === 'unrecognized_keys') ?? issues[0];
  const path = (issue?.instancePath ?? '').split('/').filter(Boolean);
  const at = (p: string[]) => (p.length ? `${context ?? 'request'}.${p.join('.')}` : (context ?? 'request'));
  const part = PART[context ?? ''] ?? 'value';
  const where = path.length ? `The ${part} ${quote(path.join('.'))}` : (WHOLE[context ?? ''] ?? 'The request');
  const params = (issue?.params ?? {}) as Params;
  const own = issue?.message && !ZOD_DEFAULT.test(issue.message) ? sentence(issue.message) : null;
  const notValid = (fallback: string) => (own ? `${where} is not valid: ${own}` : `${where} ${fallback}.`);

  switch (issue?.keyword) {
    case 'unrecognized_keys': {
      const names = (params.keys ?? []).map((k) => [...path, k].join('.'));
      const one = names.length === 1;
      const thing = context === 'body' ? 'field' : part;
      const subject = context === 'body' ? 'The request body has' : 'The request has';
      // A refused write changed nothing in Zoom: say so, people worry.
      const tail = context === 'body' ? '; nothing was changed' : '';
      return {
        message: `${subject} ${one ? `a ${thing}` : `${thing}s`} Switchboard does not know: ${list(names)}. Check ${one ? 'its' : 'their'} spelling${tail}.`,
        field: at([...path, ...(params.keys ?? []).slice(0, 1)]),
      };
    }
    case 'invalid_type': {
      const value = valueAt(input, path);
      if (value === undefined) {
        return {
          message: path.length ? `${where} is required.` : `${where} is missing; send a JSON object.`,
          field: at(path),
        };
      }
      // The contract's own sentence (e.g. "Enter your email address.") would not say the type was wrong.
      const expected = EXPECTED[params.expected ?? ''] ?? `of type ${params.expected ?? 'unknown'}`;
      // Query and path parameters are always text: "(got a string)" would say nothing; nor
      // would "(got a number)" for a number that must be whole.
      const got = context === 'body' && !(params.expected === 'int' && typeof value === 'number') ? ` (got ${describe(value)})` : '';
      return { message: `${where} must be ${expected}${got}.`, field: at(path) };
    }
    case 'invalid_value': {
      const values = params.values ?? [];
      const rule =
        values.length === 1 ? `must be ${fmt(values[0])}` : values.length ? `must be one of: ${values.map(fmt).join(', ')}` : 'has a value that is not allowed';
      return { message: notValid(rule), field: at(path) };
    }
    case 'invalid_union': {
      const values = unionValues(params);
      return { message: notValid(values ? `must be one of: ${values.map(fmt).join(', ')}` : 'has a value that is not allowed'), field: at(path) };
    }
    case 'too_big':
    case 'too_small':
      return { message: notValid(sizeRule(issue.keyword, params)), field: at(path) };
    case 'invalid_format': {
      const rule =
        params.format === 'email'
          ? 'must be an email address'
          : params.format === 'uuid' || params.format === 'guid'
            ? 'must be a UUID'
            : 'is not in the expected format';
      return { message: notValid(rule), field: at(path) };
    }
    case 'not_multiple_of':
      return { message: notValid(`must be a multiple of ${String(params.divisor)}`), field: at(path) };
    default:
      // `custom` issues (refinements) carry the contract's sentence.
      return { message: notValid('has a value that is not allowed'), field: at(path) };
  }
}
