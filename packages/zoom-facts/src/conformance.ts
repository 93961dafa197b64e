// Does a request (or an answer) stay within what Zoom documents? Unknown body
// fields are the key check: Zoom silently ignores them, so a misspelt field
// (key_actions for key_action) "succeeds" and changes nothing.
import type { OperationFact, Problem } from './facts';
import { factAllows, platformErrorAllows } from './errors';
import { findOperation } from './match';
import { validateQuery } from './params';
import { describeType, validateValue } from './validate';

export interface RequestLike {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  contentType?: string;
}

export interface Violation {
  /** op.id, or `${method} ${path}` when no operation is documented */
  operation: string;
  /** where the field lives */
  in: 'operation' | 'query' | 'body';
  field: string;
  problem: string;
}

export function checkRequest(ops: readonly OperationFact[], req: RequestLike): Violation[] {
  const op = findOperation(ops, req.method, req.path);
  if (!op) {
    const operation = `${req.method.toUpperCase()} ${req.path}`;
    return [{ operation, in: 'operation', field: '', problem: 'is not a documented operation' }];
  }
  const out: Violation[] = validateQuery(op, queryStrings(req.query)).map((p) => ({
    operation: op.id,
    in: 'query',
    ...p,
  }));
  const body = (p: Problem): Violation => ({ operation: op.id, in: 'body', ...p });
  if (!hasBody(req.body)) return out;
  if (!op.body)
    return [
      ...out,
      body({ field: '', problem: 'the documents give no request body for this operation' }),
    ];
  const type = req.contentType?.split(';')[0]?.trim().toLowerCase();
  const entry = type
    ? op.body.find((b) => b.contentType === type)
    : (op.body.find((b) => b.contentType === 'application/json') ?? op.body[0]);
  if (!entry) {
    const documented = op.body.map((b) => b.contentType).join(', ');
    return [
      ...out,
      body({
        field: '',
        problem: `content type ${type} is not documented (documented: ${documented})`,
      }),
    ];
  }
  if (!entry.schema)
    return [
      ...out,
      body({ field: '', problem: 'the documents give no machine-readable shape for this body' }),
    ];
  // multipart parts are only checked when handed over as a plain object
  if (entry.contentType !== 'application/json' && !isPlainObject(req.body)) return out;
  return [...out, ...validateValue(entry.schema, req.body, { unknownFields: 'forbid' }).map(body)];
}

/** One readable line per violation, e.g. "PATCH /phone/…/ivr: body field key_actions is not a documented field". */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const where =
        v.in === 'operation'
          ? ''
          : v.in === 'query'
            ? `query parameter ${v.field} `
            : v.field
              ? `body field ${v.field} `
              : 'body: ';
      return `${v.operation}: ${where}${v.problem}`;
    })
    .join('\n');
}

/** Checks an answer: documented success shape (unknown fields forbidden) or a documented/platform error. */
export function checkResponse(op: OperationFact, status: number, body: unknown): Problem[] {
  if (status < 400) {
    const documented = op.responses.find((r) => r.status === status);
    if (!documented) {
      const list = op.responses.map((r) => r.status).join(', ');
      return [
        { field: '', problem: `status ${status} is not a documented answer (documented: ${list})` },
      ];
    }
    if (status === 204 || documented.contentType === null) {
      return hasBody(body)
        ? [{ field: '', problem: `a ${status} answer has no documented body` }]
        : [];
    }
    return documented.schema
      ? validateValue(documented.schema, body, { unknownFields: 'forbid' })
      : [];
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [
      {
        field: '',
        problem: `an error answer should be an object {code, message}, got ${describeType(body)}`,
      },
    ];
  }
  const { code, message } = body as { code?: unknown; message?: unknown };
  if (typeof message !== 'string')
    return [{ field: 'message', problem: `should be a string, got ${describeType(message)}` }];
  if (platformErrorAllows(status, code, message)) return [];
  const facts = op.errors.filter((e) => e.status === status);
  if (facts.length === 0)
    return [{ field: '', problem: `status ${status} is not a documented error for ${op.id}` }];
  const sameCode = facts.filter((e) => e.code === code || e.code === null);
  if (sameCode.length === 0) {
    const codes = facts.map((e) => e.code).join(', ');
    return [
      {
        field: 'code',
        problem: `${String(code)} is not documented for status ${status} (documented: ${codes})`,
      },
    ];
  }
  if (sameCode.some((e) => factAllows(e, message))) return [];
  return [
    {
      field: 'message',
      problem: `"${message}" is not a documented message for status ${status} code ${String(code)}`,
    },
  ];
}

function isPlainObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

function hasBody(body: unknown): boolean {
  return body !== undefined && body !== null && body !== '';
}

function queryStrings(query: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}
