// Helper for Zoom list operations: filter, paginate, wrap as
// `{next_page_token, page_size, total_records, [key]: [...]}`. The page size
// maximum is the operation's documented `page_size` maximum.
import type { FastifyRequest } from 'fastify';
import type { OperationFact } from '@switchboard/zoom-facts/facts';
import { listMaximum } from '@switchboard/zoom-facts/lookups';
import type { SimContext } from '../context';
import { operationOf } from './operations';
import { DEFAULT_PAGE_SIZE } from './pagination';

export type Query = Record<string, string | undefined>;

export const queryOf = (request: FastifyRequest) => request.query as Query;

/**
 * The documented maximum; Contact Center lists document no query parameters,
 * so they take at most 100 (decision 006).
 */
function pageSizeMaximum(op: OperationFact): number {
  return listMaximum(op) ?? (op.product === 'contact-center' ? 100 : DEFAULT_PAGE_SIZE);
}

export function listResponse<T>(ctx: SimContext, request: FastifyRequest, key: string, items: readonly T[], filterKey = '') {
  const query = queryOf(request);
  const listKey = `${request.routeOptions.url}?${filterKey}`;
  const op = operationOf(request);
  const page = ctx.paginator.page(listKey, items, query, pageSizeMaximum(op), op);
  // Only the paging fields the operation documents (the common-area list, say, has no total_records).
  const ok = op.responses.find((r) => r.status === 200)?.schema;
  const documented = ok && 'properties' in ok ? (ok.properties ?? {}) : null;
  const paging = { next_page_token: page.next_page_token, page_size: page.page_size, total_records: page.total_records };
  return {
    ...Object.fromEntries(Object.entries(paging).filter(([field]) => !documented || field in documented)),
    [key]: page.items,
  };
}
