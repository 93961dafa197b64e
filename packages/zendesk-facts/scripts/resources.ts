// The IVR, IVR menu and IVR route resources: field names and flags from the
// summary, types and read-only flags from the IVR property table, nested types
// from the IVR example. A resource's example is the first item of the parent's
// read-only list field whose items carry the resource's fields (the IVR's
// `menus` holds menus, a menu's `routes` holds routes).
import type { FieldFact, ResourceFact, ResourceName, RouteActionFact, SchemaFact } from '../src/facts';
import type { ApiDoc } from './api-text';
import { typeByName, typeOfExample } from './infer';
import type { SummaryDoc, SummaryResource } from './summary-md';
import type { SummaryField } from './summary-fields';

export const RESOURCES: readonly ResourceName[] = ['ivr', 'ivr_menu', 'ivr_route'];

export interface ResourceFacts {
  resources: Record<ResourceName, ResourceFact>;
  keypresses: string[];
  routeActions: Record<string, RouteActionFact>;
  notes: string[];
}

type Example = Record<string, unknown>;

export function buildResources(api: ApiDoc, summary: SummaryDoc): ResourceFacts {
  const notes: string[] = [];
  const res = (name: ResourceName): SummaryResource => {
    const found = summary.resources.find((r) => r.wrapper === name);
    if (!found) throw new Error(`the summary lists no resource wrapped as ${name}`);
    return found;
  };
  const ivrExample = (api.objectExample ?? {}) as Example;
  const menuAt = childOf(ivrExample, res('ivr_menu'));
  const routeAt = childOf(menuAt?.item ?? {}, res('ivr_route'));
  const examples: Record<ResourceName, Example> = { ivr: ivrExample, ivr_menu: menuAt?.item ?? {}, ivr_route: routeAt?.item ?? {} };
  const listExample = (api.operations.find((o) => o.method === 'GET' && !o.path.endsWith('}'))?.responses[0]?.example ?? {}) as Example;
  const ivrListKey = Object.keys(listExample).find((k) => Array.isArray(listExample[k])) ?? 'ivrs';

  const resources = {} as Record<ResourceName, ResourceFact>;
  for (const name of RESOURCES) {
    const fields: Record<string, FieldFact> = {};
    for (const f of res(name).fields) fields[f.name] = fieldFact(name, f, examples[name], api, notes);
    resources[name] = {
      wrapper: name,
      listKey: name === 'ivr' ? ivrListKey : `${name}s`,
      ...(name === 'ivr' ? {} : { listKeyInferred: `the plural of the wrapper, as the IVR list's ${ivrListKey}` }),
      fields,
    };
  }
  if (menuAt) nest(resources.ivr, menuAt.field, 'ivr_menu');
  if (routeAt) nest(resources.ivr_menu, routeAt.field, 'ivr_route');

  const route = res('ivr_route').fields;
  const keypresses = route.find((f) => f.name === 'keypress')?.values ?? [];
  const byAction = route.find((f) => f.byAction);
  const routeActions = Object.fromEntries(
    Object.entries(byAction?.byAction ?? {}).map(([action, options]): [string, RouteActionFact] => [
      action,
      { options, ...(byAction?.openActions?.includes(action) ? { continuation: true as const } : {}) },
    ]),
  );
  const listed = route.find((f) => f.name === 'action')?.values ?? [];
  if (listed.join() !== Object.keys(routeActions).join()) notes.push(`route actions ${listed.join()} differ from the options by action ${Object.keys(routeActions).join()}`);
  return { resources, keypresses, routeActions, notes };
}

/** The parent's list field whose first item carries the most of the child's fields (at least half). */
function childOf(parent: Example, child: SummaryResource): { field: string; item: Example } | undefined {
  let best: { field: string; item: Example; shared: number } | undefined;
  for (const [field, value] of Object.entries(parent)) {
    const item = Array.isArray(value) ? (value[0] as unknown) : undefined;
    if (!item || typeof item !== 'object') continue;
    const shared = child.fields.filter((f) => f.name in (item as Example)).length;
    if (shared * 2 >= child.fields.length && (!best || shared > best.shared)) best = { field, item: item as Example, shared };
  }
  return best && { field: best.field, item: best.item };
}

/** Marks a list field as holding the child resource (src/schemas.ts expands it). */
function nest(parent: ResourceFact, field: string, child: ResourceName): void {
  const f = parent.fields[field];
  if (f) Object.assign(f, { schema: { type: 'array' }, holds: child });
}

function fieldFact(resource: ResourceName, f: SummaryField, example: Example, api: ApiDoc, notes: string[]): FieldFact {
  const row = resource === 'ivr' ? api.table.find((r) => r.name === f.name) : undefined;
  const inExample = f.name in example;
  const from: FieldFact['from'] = [...(row ? (['table'] as const) : []), 'summary', ...(inExample ? (['example'] as const) : [])];
  let inferred: string | undefined;
  let schema: SchemaFact;
  if (f.values) schema = { type: 'string', enum: f.values };
  else if (f.byAction) schema = { type: 'object', properties: optionProperties(f, (example[f.name] ?? {}) as Example) };
  else if (inExample && example[f.name] !== null) schema = typeOfExample(example[f.name]);
  else {
    const byName = typeByName(f.name);
    schema = byName?.schema ?? { type: 'any' };
    inferred = byName?.reason ?? (inExample ? 'the example shows only null' : 'named without a type or an example');
  }
  const type = 'type' in schema ? schema.type : 'any';
  if (row && row.type !== type) notes.push(`${resource}.${f.name}: the table says ${row.type}, the example shows ${type}`);
  const ivrRow = api.table.find((r) => r.name === f.name);
  if (!row && ivrRow?.readOnly && !f.readOnly) {
    inferred = `read-only like the IVR's ${f.name} (property table)`;
    return { schema, readOnly: true, mandatory: null, from, inferred };
  }
  if (row && !row.readOnly && f.readOnly) {
    notes.push(`${resource}.${f.name}: the table marks it writable, the summary read-only (kept read-only)`);
    inferred = 'the table marks it writable, the summary read-only; read-only kept (the list is its own resource)';
  }
  return { schema, readOnly: f.readOnly || (row?.readOnly ?? false), mandatory: row ? row.mandatory : null, from, ...(inferred ? { inferred } : {}) };
}

/** Every option any action names, typed from the example's options or by name. */
function optionProperties(f: SummaryField, shown: Example): Record<string, SchemaFact> {
  const props: Record<string, SchemaFact> = {};
  for (const name of Object.values(f.byAction ?? {}).flat()) {
    props[name] = name in shown ? typeOfExample(shown[name]) : (typeByName(name)?.schema ?? { type: 'any' });
  }
  return props;
}
