// Operations: the summary lists every path and method per resource; the IVR
// document adds headings, typed parameters, example bodies and answer
// statuses for the IVR's own five. A menu or route operation answers with the
// status the IVR operation of the same kind documents (marked inferred).
import type { OperationFact, OperationKind, ParamFact, ResourceName, ResponseFact, SchemaFact } from '../src/facts';
import type { ApiDoc, ApiOperation } from './api-text';
import type { SummaryDoc } from './summary-md';

export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

export function kindOf(method: string, path: string): OperationKind {
  if (method === 'GET') return path.endsWith('}') ? 'show' : 'list';
  return method === 'POST' ? 'create' : method === 'PUT' ? 'update' : 'delete';
}

export function buildOperations(api: ApiDoc, summary: SummaryDoc): { operations: OperationFact[]; notes: string[] } {
  const notes: string[] = [];
  const apiOps = new Map(api.operations.map((o) => [routeKey(o.method, o.path), o]));
  const ivrStatus = new Map<OperationKind, number>();
  for (const o of api.operations) {
    const status = o.responses[0]?.status;
    if (status !== undefined) ivrStatus.set(kindOf(o.method, o.path), status);
  }
  const seen = new Set<string>();
  const operations: OperationFact[] = [];
  for (const res of summary.resources) {
    for (const { method, path } of res.operations) {
      const key = routeKey(method, path);
      seen.add(key);
      const documented = apiOps.get(key);
      operations.push(operation(method, path, res.wrapper as ResourceName, documented, summary, ivrStatus, notes));
    }
  }
  for (const [key] of apiOps) if (!seen.has(key)) notes.push(`${key} is in the IVR document but not in the summary (left out)`);
  return { operations, notes };
}

function operation(
  method: string,
  path: string,
  resource: ResourceName,
  documented: ApiOperation | undefined,
  summary: SummaryDoc,
  ivrStatus: Map<OperationKind, number>,
  notes: string[],
): OperationFact {
  const kind = kindOf(method, path);
  const params: Record<string, ParamFact> = {};
  for (const [, name = ''] of path.matchAll(/\{([^}]+)\}/g)) {
    const typed = documented?.params.find((p) => p.name === name && p.in === 'path');
    params[name] = typed
      ? { type: typed.type === 'integer' ? 'integer' : 'string', in: 'path', required: true }
      : { type: 'integer', in: 'path', required: true, inferred: 'ids are integers in every example' };
  }
  if (kind === 'list') {
    for (const name of summary.pagination.cursor) {
      params[name] = /size/.test(name)
        ? { type: 'integer', in: 'query', minimum: 1, inferred: 'a page size is a count' }
        : { type: 'string', in: 'query', inferred: 'a cursor is opaque text' };
    }
  }
  const answer: ResponseFact['answer'] = kind === 'list' ? 'list' : 'item';
  const responses: ResponseFact[] = documented
    ? documented.responses.map((r) => ({ status: r.status, answer }))
    : [{ status: ivrStatus.get(kind) ?? 200, answer, inferred: `as the IVR's ${kind} operation` }];
  if (documented?.exampleBody) {
    const keys = Object.keys(documented.exampleBody as Record<string, unknown>);
    if (keys.join() !== resource) notes.push(`${method} ${path}: the example body is wrapped as ${keys.join()}, not ${resource}`);
  }
  const hasBody = method === 'POST' || method === 'PUT';
  return {
    id: `${method} ${path}`,
    method: method as OperationFact['method'],
    path,
    title: documented?.title ?? null,
    resource,
    kind,
    params,
    body: hasBody ? { wrapper: resource } : null,
    responses,
    source: documented ? 'api' : 'summary',
  };
}

/** The fields of the IVR list answer besides the list: types from its example, page URLs per the summary. */
export function listFieldsOf(api: ApiDoc, summary: SummaryDoc, listKey: string): Record<string, SchemaFact> {
  const list = api.operations.find((o) => kindOf(o.method, o.path) === 'list')?.responses[0]?.example;
  const out: Record<string, SchemaFact> = {};
  for (const [name, value] of Object.entries((list ?? {}) as Record<string, unknown>)) {
    if (name === listKey) continue;
    if (summary.pagination.offset.includes(name)) out[name] = { type: 'string', nullable: true };
    else out[name] = Number.isInteger(value) ? { type: 'integer' } : typeof value === 'string' ? { type: 'string' } : { type: 'any' };
  }
  return out;
}
