// Helper for Zoom list operations: filter, paginate, wrap as
// `{next_page_token, page_size, total_records, [key]: [...]}`.
import type { FastifyRequest } from 'fastify';
import type { SimContext } from '../context';

export type Query = Record<string, string | undefined>;

export const queryOf = (request: FastifyRequest) => request.query as Query;

export function listResponse<T>(
  ctx: SimContext,
  request: FastifyRequest,
  key: string,
  items: readonly T[],
  maxPageSize: number,
  filterKey = '',
) {
  const query = queryOf(request);
  const listKey = `${request.routeOptions.url}?${filterKey}`;
  const page = ctx.paginator.page(listKey, items, query, maxPageSize);
  return {
    next_page_token: page.next_page_token,
    page_size: page.page_size,
    total_records: page.total_records,
    [key]: page.items,
  };
}
