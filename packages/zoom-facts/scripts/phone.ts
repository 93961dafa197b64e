// Zoom Phone: OpenAPI gives shapes and query parameters, the per-operation
// markdown gives titles, scopes, rate labels, enums and documented errors.
import type { BodyFact, HttpMethod, OperationFact, ParamFact, ResponseFact } from '../src/facts';
import { alignFlatFields, emptyAlignResult, type AlignResult } from './align';
import { errorFacts } from './errors';
import { headerFacts } from './header';
import { OpenApi, type Json } from './openapi';
import { pathParams, routeKey } from './paths';
import type { MdSection, PhoneMdOp } from './phone-md';
import { exampleKeys } from './tree';

export interface PhoneStats {
  openapiOnly: string[];
  mdOnly: string[];
  align: AlignResult;
  bodyOnlyInMd: string[];
  statusOnlyInMd: string[];
}

const methods = ['get', 'post', 'patch', 'put', 'delete'] as const;

export function phoneOperations(
  doc: Json,
  mdOps: PhoneMdOp[],
): { ops: OperationFact[]; stats: PhoneStats } {
  const api = new OpenApi(doc);
  const stats: PhoneStats = {
    openapiOnly: [],
    mdOnly: [],
    align: emptyAlignResult(),
    bodyOnlyInMd: [],
    statusOnlyInMd: [],
  };
  const byKey = new Map(mdOps.map((op) => [routeKey(op.method, op.path), op]));
  const ops: OperationFact[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const m of methods) {
      const raw = item[m] as Json | undefined;
      if (!raw) continue;
      const key = routeKey(m, path);
      const md = byKey.get(key);
      byKey.delete(key);
      if (!md) stats.openapiOnly.push(key);
      ops.push(fromOpenApi(api, item, raw, m.toUpperCase() as HttpMethod, path, md, stats));
    }
  }
  for (const md of byKey.values()) {
    stats.mdOnly.push(`${md.method} ${md.path}`);
    ops.push(fromMdOnly(md));
  }
  return { ops, stats };
}

function fromOpenApi(
  api: OpenApi,
  item: Json,
  raw: Json,
  method: HttpMethod,
  apiPath: string,
  md: PhoneMdOp | undefined,
  stats: PhoneStats,
): OperationFact {
  const path = md?.path ?? apiPath;
  const header = md ?? headerFacts(typeof raw.description === 'string' ? raw.description : '');
  const params = [
    ...((item.parameters as Json[]) ?? []),
    ...((raw.parameters as Json[]) ?? []),
  ].map((p) => api.resolve(p));
  const query: Record<string, ParamFact> = {};
  for (const p of params)
    if (p.in === 'query' && typeof p.name === 'string') query[p.name] = api.param(p);

  let body: BodyFact[] | null = null;
  const content = (api.resolve(raw.requestBody).content ?? undefined) as
    Record<string, Json> | undefined;
  if (content) {
    body = Object.entries(content).map(([contentType, c]) => {
      const schema = c.schema ? api.schema(c.schema) : null;
      const mdSection = md?.body?.find((s) => s.contentType === contentType);
      if (schema && mdSection)
        tally(stats, alignFlatFields(schema, mdSection.fields, exampleKeys(mdSection.example)));
      return { contentType, schema };
    });
  } else if (md?.body) {
    stats.bodyOnlyInMd.push(`${method} ${path}`);
    body = mdBodies(md.body);
  }

  const responses: ResponseFact[] = [];
  for (const [code, r] of Object.entries((raw.responses ?? {}) as Record<string, Json>)) {
    const status = Number(code);
    if (!Number.isInteger(status) || status >= 400) continue;
    const [contentType, c] = Object.entries(
      (api.resolve(r).content ?? {}) as Record<string, Json>,
    )[0] ?? [null, null];
    const schema = c?.schema ? api.schema(c.schema) : null;
    const mdSection = md?.statuses.find((s) => s.status === status)?.sections[0];
    if (schema && mdSection)
      tally(stats, alignFlatFields(schema, mdSection.fields, exampleKeys(mdSection.example)));
    responses.push({ status, contentType, schema });
  }
  // a success status only the markdown gives (the two documents disagree): kept, shape unknown
  for (const s of md?.statuses ?? []) {
    if (s.status >= 400 || responses.some((r) => r.status === s.status)) continue;
    stats.statusOnlyInMd.push(`${method} ${path} ${s.status}`);
    responses.push({
      status: s.status,
      contentType: s.sections[0]?.contentType ?? null,
      schema: null,
    });
  }

  return {
    id: `${method} ${path}`,
    product: 'phone',
    method,
    path,
    title: md?.title ?? (typeof raw.summary === 'string' ? raw.summary : ''),
    ...(md?.deprecated || raw.deprecated === true ? { deprecated: true as const } : {}),
    label: header.label,
    scopes: header.scopes,
    granularScopes: header.granularScopes,
    pathParams: pathParams(path),
    query,
    body,
    responses,
    errors: md ? errorFacts(md.statuses, `${method} ${path}`) : [],
    shape: 'openapi',
  };
}

function fromMdOnly(md: PhoneMdOp): OperationFact {
  return {
    id: `${md.method} ${md.path}`,
    product: 'phone',
    method: md.method,
    path: md.path,
    title: md.title,
    ...(md.deprecated ? { deprecated: true as const } : {}),
    label: md.label,
    scopes: md.scopes,
    granularScopes: md.granularScopes,
    pathParams: pathParams(md.path),
    query: null,
    body: md.body ? mdBodies(md.body) : null,
    responses: md.statuses
      .filter((s) => s.status < 400)
      .map((s) => ({
        status: s.status,
        contentType: s.sections[0]?.contentType ?? null,
        schema: null,
      })),
    errors: errorFacts(md.statuses, `${md.method} ${md.path}`),
    shape: 'none',
  };
}

function mdBodies(sections: MdSection[]): BodyFact[] {
  return sections.map((s) => ({ contentType: s.contentType ?? 'application/json', schema: null }));
}

function tally(stats: PhoneStats, r: AlignResult): void {
  for (const k of Object.keys(r) as (keyof AlignResult)[]) stats.align[k] += r[k];
}
