// A list answer: {<listKey>: [...page], count, next_page, previous_page} or,
// asked for with a cursor, {<listKey>: [...page], meta, links}. Page URLs are
// absolute, on the host and path the client called (.json kept).
import type { FastifyRequest } from 'fastify';
import { listKeyOf } from '@switchboard/zendesk-facts/schemas';
import { operationOf } from './operations';
import { paginate } from './pagination';
import type { Query } from './pagination';

export function listResponse<T>(request: FastifyRequest, items: readonly T[]): Record<string, unknown> {
  const op = operationOf(request);
  const path = request.originalUrl.split('?')[0] ?? '';
  const base = `${request.protocol}://${request.host}${path}`;
  const listKey = `${op.id} ${JSON.stringify(request.params)}`;
  const page = paginate(items, request.query as Query, base, listKey);
  return { [listKeyOf(op)]: page.items, ...page.fields };
}
