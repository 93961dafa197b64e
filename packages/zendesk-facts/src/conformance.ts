// Does a request (or an answer) stay within what the Zendesk Talk documents
// say? Unknown and read-only body fields are the key check: a write ignores
// them, so a misspelt field "succeeds" and changes nothing.
import { errorBodyProblems, documentedErrorStatuses } from './errors';
import type { OperationFact, Problem } from './facts';
import { findOperation, pathValues } from './match';
import { validatePath, validateQuery } from './params';
import { answerSchema, requestSchema } from './schemas';
import { validateValue } from './validate';

export interface RequestLike {
  method: string;
  /** the path as sent, e.g. /api/v2/channels/voice/ivr/10001.json (a query string is ignored) */
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  contentType?: string | null;
}

export interface Violation {
  /** op.id, or `${method} ${path}` when no operation is documented */
  operation: string;
  in: 'operation' | 'path' | 'query' | 'body';
  field: string;
  problem: string;
}

export function checkRequest(ops: readonly OperationFact[], req: RequestLike): Violation[] {
  const op = findOperation(ops, req.method, req.path);
  if (!op) return [{ operation: `${req.method.toUpperCase()} ${req.path}`, in: 'operation', field: '', problem: 'is not a documented operation' }];
  const at = (where: Violation['in']) => (p: Problem): Violation => ({ operation: op.id, in: where, ...p });
  const out: Violation[] = [
    ...validatePath(op, pathValues(op, req.path)).map(at('path')),
    ...validateQuery(op, queryStrings(req.query)).map(at('query')),
  ];
  const schema = requestSchema(op);
  const sent = req.body !== undefined && req.body !== null && req.body !== '';
  if (!schema) return sent ? [...out, at('body')({ field: '', problem: 'the documents give no request body for this operation' })] : out;
  if (!sent) return [...out, at('body')({ field: '', problem: `is missing (the documents wrap it as {"${op.body?.wrapper}": {...}})` })];
  const type = req.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type && type !== 'application/json') return [...out, at('body')({ field: '', problem: `content type ${type} is not JSON` })];
  return [...out, ...validateValue(schema, req.body, { unknownFields: 'forbid', readOnlyFields: 'forbid' }).map(at('body'))];
}

/** Checks an answer: a documented success shape (unknown fields forbidden) or an error body as documented. */
export function checkResponse(op: OperationFact, status: number, body: unknown): Problem[] {
  if (status >= 400) {
    const shape = errorBodyProblems(status, body);
    if (documentedErrorStatuses().includes(status)) return shape;
    return [{ field: '', problem: `status ${status} is not a documented error answer` }, ...shape];
  }
  const cursor = typeof body === 'object' && body !== null && 'meta' in body;
  const schema = answerSchema(op, status, cursor);
  if (!schema) {
    const list = op.responses.map((r) => r.status).join(', ');
    return [{ field: '', problem: `status ${status} is not a documented answer (documented: ${list})` }];
  }
  return validateValue(schema, body, { unknownFields: 'forbid' });
}

/** One readable line per violation, e.g. "PUT /api/v2/…/routes/{route_id}: body field ivr_route.keys is not a documented field". */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => {
      const where =
        v.in === 'operation' ? '' : v.in === 'body' ? (v.field ? `body field ${v.field} ` : 'body ') : `${v.in} parameter ${v.field} `;
      return `${v.operation}: ${where}${v.problem}`;
    })
    .join('\n');
}

function queryStrings(query: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.map(String) : String(v);
  }
  return out;
}
