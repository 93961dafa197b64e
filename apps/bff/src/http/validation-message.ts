// Turn the first zod issue of a rejected request into one sentence that says
// which field is wrong and why.
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';

const PART: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'field',
  headers: 'header',
};

const sentence = (s: string) => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

export function validationMessage(
  issues: FastifySchemaValidationError[],
  context: string | undefined,
): { message: string; field: string } {
  const issue = issues[0];
  const path = (issue?.instancePath ?? '').replace(/^\//, '').split('/').filter(Boolean).join('.');
  const part = PART[context ?? ''] ?? 'value';
  const where = path ? `The ${part} "${path}"` : context === 'body' ? 'The request body' : `The ${part}`;
  const params = (issue?.params ?? {}) as {
    values?: unknown[];
    expected?: string;
    input?: unknown;
    origin?: string;
    maximum?: number | bigint;
    minimum?: number | bigint;
  };
  const custom = issue?.message && !/^(Too (big|small)|Invalid)/.test(issue.message);
  let message: string;
  switch (issue?.keyword) {
    case 'invalid_value':
      message = params.values?.length
        ? `${where} must be one of: ${params.values.map(String).join(', ')}.`
        : `${where} has a value that is not allowed.`;
      break;
    case 'invalid_type':
      message =
        params.input === undefined
          ? `${where} is required.`
          : `${where} must be ${params.expected === 'object' ? 'an object' : `a ${params.expected ?? 'different type'}`}.`;
      break;
    case 'too_big':
      message = custom
        ? `${where} is not valid: ${sentence(issue?.message ?? '')}`
        : params.origin === 'string'
          ? `${where} must be at most ${String(params.maximum)} characters.`
          : `${where} must be at most ${String(params.maximum)}.`;
      break;
    case 'too_small':
      message = custom
        ? `${where} is not valid: ${sentence(issue?.message ?? '')}`
        : params.origin === 'string' && Number(params.minimum) === 1
          ? `${where} must not be empty.`
          : `${where} must be at least ${String(params.minimum)}${params.origin === 'string' ? ' characters' : ''}.`;
      break;
    case 'unrecognized_keys':
      message = `${where} contains fields that are not accepted.`;
      break;
    default:
      // Messages written in the contract are already sentences; say where.
      message = `${where} is not valid: ${sentence(issue?.message ?? 'unknown problem')}`;
  }
  return { message, field: path ? `${context ?? 'request'}.${path}` : (context ?? 'request') };
}
