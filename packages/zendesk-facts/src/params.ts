// Path and query parameters against the documented ones (and, for lists, the
// paging parameters decision 013 adds).
import { DECIDED_QUERY, PAGE_SIZE_MAXIMUM } from './decided';
import type { OperationFact, ParamFact, Problem } from './facts';
import { talkFacts } from './load';

export interface QueryParam extends ParamFact {
  maximum?: number;
}

/** The query parameters an operation takes; lists take the documented cursor ones and the decided ones. */
export function queryParams(op: OperationFact): Record<string, QueryParam> {
  const out: Record<string, QueryParam> = {};
  for (const [name, p] of Object.entries(op.params)) if (p.in === 'query') out[name] = { ...p };
  if (op.kind !== 'list') return out;
  for (const name of talkFacts.pagination.cursor) {
    out[name] ??= /size/.test(name) ? { type: 'integer', in: 'query', minimum: 1 } : { type: 'string', in: 'query' };
  }
  Object.assign(out, DECIDED_QUERY);
  for (const [name, p] of Object.entries(out)) if (/size|per_page/.test(name)) out[name] = { ...p, maximum: PAGE_SIZE_MAXIMUM };
  return out;
}

export function validateQuery(op: OperationFact, query: Record<string, string | string[]>): Problem[] {
  const documented = queryParams(op);
  const problems: Problem[] = [];
  for (const [field, raw] of Object.entries(query)) {
    const param = documented[field];
    if (!param) {
      problems.push({ field, problem: Object.keys(documented).length ? 'is not a documented query parameter' : 'is not a documented query parameter (the operation takes none)' });
      continue;
    }
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.length > 1) problems.push({ field, problem: 'is given more than once' });
    for (const value of values) {
      const problem = checkParam(param, value);
      if (problem) problems.push({ field, problem });
    }
  }
  return problems;
}

/** Path values: an integer id must be digits. */
export function validatePath(op: OperationFact, values: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [field, value] of Object.entries(values)) {
    const param = op.params[field];
    if (param?.type === 'integer' && !/^\d+$/.test(value)) problems.push({ field, problem: `should be an integer, got "${value}"` });
  }
  return problems;
}

function checkParam(param: QueryParam, value: string): string | undefined {
  if (param.type !== 'integer') return undefined;
  if (!/^-?\d+$/.test(value)) return `should be an integer, got "${value}"`;
  const n = Number(value);
  if (param.minimum !== undefined && n < param.minimum) return `is below the minimum ${param.minimum}`;
  if (param.maximum !== undefined && n > param.maximum) return `is above the maximum ${param.maximum}`;
  return undefined;
}
