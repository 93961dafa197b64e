// Schemas of request bodies and answers, computed from the resource facts:
// an answer carries every field the documents' example shows (required) and
// may carry the other documented ones; a request may carry the writable
// fields, and read-only ones are marked so that a check can name them. A
// route's options are checked against its action's documented options.
import { CURSOR_LIST_FIELDS, DECIDED_ITEM_FIELDS, DECIDED_RESOURCES } from './decided';
import type { FactsFile, ObjectFact, OperationFact, ResourceName, SchemaFact } from './facts';
import { talkFacts } from './load';

export type SchemaMode = 'request' | 'answer';

const isResource = (name: string, facts: FactsFile): name is ResourceName => name in facts.resources;

export function resourceSchema(name: string, mode: SchemaMode, facts: FactsFile = talkFacts): ObjectFact {
  if (!isResource(name, facts)) {
    return { type: 'object', required: mode === 'answer' ? Object.keys(DECIDED_ITEM_FIELDS) : [], properties: { ...DECIDED_ITEM_FIELDS } };
  }
  const res = facts.resources[name];
  const properties: Record<string, SchemaFact> = {};
  const required: string[] = [];
  for (const [field, f] of Object.entries(res.fields)) {
    let schema: SchemaFact = f.holds ? { type: 'array', items: resourceSchema(f.holds, mode, facts) } : f.schema;
    if (f.readOnly) schema = { ...schema, readOnly: true } as SchemaFact;
    properties[field] = schema;
    if (mode === 'answer' && f.from.includes('example')) required.push(field);
  }
  const schema: ObjectFact = { type: 'object', properties, ...(required.length ? { required } : {}) };
  if (name === 'ivr_route') schema.dependent = optionsByAction(facts);
  return schema;
}

/** options must carry the options its action names, and no other. */
function optionsByAction(facts: FactsFile): NonNullable<ObjectFact['dependent']> {
  const options = facts.resources.ivr_route.fields.options?.schema;
  const all = options && 'properties' in options ? (options.properties ?? {}) : {};
  const cases: Record<string, SchemaFact> = {};
  for (const [action, fact] of Object.entries(facts.routeActions)) {
    cases[action] = {
      type: 'object',
      required: fact.options,
      properties: Object.fromEntries(fact.options.map((o) => [o, all[o] ?? { type: 'any' }])),
    };
  }
  return { on: 'action', field: 'options', cases };
}

/** The request body: the resource wrapped in its wrapper; null when the operation takes none. */
export function requestSchema(op: OperationFact, facts: FactsFile = talkFacts): SchemaFact | null {
  if (!op.body) return null;
  return { type: 'object', required: [op.body.wrapper], properties: { [op.body.wrapper]: resourceSchema(op.resource, 'request', facts) } };
}

export function listKeyOf(op: OperationFact, facts: FactsFile = talkFacts): string {
  if (isResource(op.resource, facts)) return facts.resources[op.resource].listKey;
  return DECIDED_RESOURCES[op.resource].listKey;
}

/** The answer of a documented status; `cursor`: the list was asked for with page[size] / page[after]. */
export function answerSchema(op: OperationFact, status: number, cursor = false, facts: FactsFile = talkFacts): SchemaFact | undefined {
  const documented = op.responses.find((r) => r.status === status);
  if (!documented) return undefined;
  const item = resourceSchema(op.resource, 'answer', facts);
  if (documented.answer === 'item') {
    const wrapper = isResource(op.resource, facts) ? facts.resources[op.resource].wrapper : op.resource;
    return { type: 'object', required: [wrapper], properties: { [wrapper]: item } };
  }
  const key = listKeyOf(op, facts);
  const extra = cursor ? CURSOR_LIST_FIELDS : facts.pagination.listFields;
  return {
    type: 'object',
    required: [key, ...Object.keys(extra)],
    properties: { [key]: { type: 'array', items: item }, ...extra },
  };
}
