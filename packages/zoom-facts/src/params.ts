// Query parameters against the documented ones: names, types, enums, limits.
import type { OperationFact, ParamFact, Problem } from './facts';

/**
 * Contact Center lists document no query parameters although their answers
 * carry `next_page_token`; such a list takes `page_size` (at most 100) and
 * `next_page_token` (docs/decisions/006-independent-simulator.md).
 */
export const UNDOCUMENTED_PAGINATION: Record<string, ParamFact> = {
  page_size: { type: 'integer', minimum: 1, maximum: 100 },
  next_page_token: { type: 'string' },
};

/**
 * The asset list's answer speaks of "the query parameters" (`asset_item_name`)
 * without listing any: it also takes filters named after its own fields —
 * `asset_type` and `asset_language_code` (comma-separated values),
 * `asset_category_id` — and `asset_item_name` (apps/zoom-sim
 * platform/decisions-contact-center.ts).
 */
export const UNDOCUMENTED_FILTERS: Record<string, Record<string, ParamFact>> = {
  'GET /contact_center/asset_library/assets': {
    asset_type: { type: 'string' },
    asset_language_code: { type: 'string' },
    asset_category_id: { type: 'string' },
    asset_item_name: { type: 'string' },
  },
};

/** The query parameters an operation takes: the documented ones, or the pagination rule above. */
export function queryParams(op: OperationFact): Record<string, ParamFact> | null {
  if (op.query !== null) return op.query;
  const ok = op.responses.find((r) => r.status === 200)?.schema;
  const paginated = ok && 'properties' in ok && ok.properties?.next_page_token !== undefined;
  return paginated ? { ...UNDOCUMENTED_PAGINATION, ...UNDOCUMENTED_FILTERS[op.id] } : null;
}

export function validateQuery(
  op: OperationFact,
  query: Record<string, string | string[]>,
): Problem[] {
  const documented = queryParams(op);
  if (documented === null) {
    return Object.keys(query).map((field) => ({
      field,
      problem: 'is not a documented query parameter (the documents list none)',
    }));
  }
  const problems: Problem[] = [];
  for (const [field, raw] of Object.entries(query)) {
    const param = documented[field];
    if (!param) {
      problems.push({ field, problem: 'is not a documented query parameter' });
      continue;
    }
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.length > 1 && param.type !== 'array')
      problems.push({ field, problem: 'is given more than once' });
    for (const value of values) {
      const problem = checkParam(param, value);
      if (problem) problems.push({ field, problem });
    }
  }
  for (const [field, param] of Object.entries(documented)) {
    if (param.required && query[field] === undefined)
      problems.push({ field, problem: 'is required' });
  }
  return problems;
}

function checkParam(param: ParamFact, value: string): string | undefined {
  let n: number | undefined;
  if (param.type === 'integer') {
    if (!/^-?\d+$/.test(value)) return `should be an integer, got "${value}"`;
    n = Number(value);
  } else if (param.type === 'number') {
    n = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(n)) return `should be a number, got "${value}"`;
  } else if (param.type === 'boolean' && value !== 'true' && value !== 'false') {
    return `should be true or false, got "${value}"`;
  }
  if (param.enum && !param.enum.some((e) => String(e) === value))
    return `should be one of ${param.enum.join(', ')}`;
  if (n !== undefined && param.minimum !== undefined && n < param.minimum)
    return `is below the minimum ${param.minimum}`;
  if (n !== undefined && param.maximum !== undefined && n > param.maximum)
    return `is above the maximum ${param.maximum}`;
  return undefined;
}
