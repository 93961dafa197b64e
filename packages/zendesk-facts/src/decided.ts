// What docs/decisions/013-zendesk-simulator.md adds where the two reference
// documents are silent. Written by hand, never by the extractor, and kept apart
// from the extracted facts so that nothing here passes for documented.
import type { OperationFact, ParamFact, SchemaFact } from './facts';

/** Lists the documents do not cover: each answers {count, <key>: [{id, name}], next_page, previous_page}. */
export const DECIDED_RESOURCES = {
  group: { listKey: 'groups', path: '/api/v2/groups' },
  greeting: { listKey: 'greetings', path: '/api/v2/channels/voice/greetings' },
} as const;

export const DECIDED_ITEM_FIELDS: Record<string, SchemaFact> = { id: { type: 'integer' }, name: { type: 'string' } };

/** Offset paging, the form the documented next_page / previous_page URLs take, and the cursor's way back. */
export const DECIDED_QUERY: Record<string, ParamFact> = {
  page: { type: 'integer', in: 'query', minimum: 1 },
  per_page: { type: 'integer', in: 'query', minimum: 1 },
  'page[before]': { type: 'string', in: 'query' },
};

/** Page sizes above this are capped by the simulator and refused by the conformance check. */
export const PAGE_SIZE_MAXIMUM = 100;

/** A cursor-paged list answers {<key>: [...], meta, links} instead of count and page URLs. */
export const CURSOR_LIST_FIELDS: Record<string, SchemaFact> = {
  meta: {
    type: 'object',
    required: ['after_cursor', 'before_cursor', 'has_more'],
    properties: { has_more: { type: 'boolean' }, after_cursor: { type: 'string', nullable: true }, before_cursor: { type: 'string', nullable: true } },
  },
  links: {
    type: 'object',
    required: ['next', 'prev'],
    properties: { next: { type: 'string', nullable: true }, prev: { type: 'string', nullable: true } },
  },
};

function listOperation(resource: keyof typeof DECIDED_RESOURCES): OperationFact {
  const path = DECIDED_RESOURCES[resource].path;
  return {
    id: `GET ${path}`,
    method: 'GET',
    path,
    title: null,
    resource,
    kind: 'list',
    params: {},
    body: null,
    responses: [{ status: 200, answer: 'list' }],
    source: 'decision',
  };
}

export const DECIDED_OPERATIONS: readonly OperationFact[] = [listOperation('group'), listOperation('greeting')];
