// Deterministic output: operations sorted by path then method, fixed key order,
// properties sorted by name, one operation per line.
import type { FactsFile, OperationFact, SchemaFact } from '../src/facts';

const schemaKeys = [
  'type',
  'oneOf',
  'nullable',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'required',
  'additional',
  'items',
  'properties',
] as const;

export function normalizeSchema(s: SchemaFact): SchemaFact {
  const src = s as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of schemaKeys) {
    const v = src[key];
    if (v === undefined) continue;
    if (key === 'oneOf') out[key] = (v as SchemaFact[]).map(normalizeSchema);
    else if (key === 'items' || (key === 'additional' && v !== true))
      out[key] = normalizeSchema(v as SchemaFact);
    else if (key === 'required') out[key] = [...(v as string[])].sort();
    else if (key === 'properties') {
      const props = v as Record<string, SchemaFact>;
      out[key] = Object.fromEntries(
        Object.keys(props)
          .sort()
          .map((k) => [k, normalizeSchema(props[k] as SchemaFact)]),
      );
    } else out[key] = v;
  }
  return out as SchemaFact;
}

function normalizeOp(op: OperationFact): OperationFact {
  return {
    id: op.id,
    product: op.product,
    method: op.method,
    path: op.path,
    title: op.title,
    ...(op.deprecated ? { deprecated: true as const } : {}),
    label: op.label,
    scopes: op.scopes,
    granularScopes: op.granularScopes,
    pathParams: op.pathParams,
    query: op.query
      ? Object.fromEntries(Object.entries(op.query).sort(([a], [b]) => (a < b ? -1 : 1)))
      : null,
    body:
      op.body?.map((b) => ({
        contentType: b.contentType,
        schema: b.schema && normalizeSchema(b.schema),
      })) ?? null,
    responses: [...op.responses]
      .sort((a, b) => a.status - b.status)
      .map((r) => ({
        status: r.status,
        contentType: r.contentType,
        schema: r.schema && normalizeSchema(r.schema),
      })),
    errors: op.errors,
    shape: op.shape,
  };
}

const methodOrder = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function serializeFacts(file: FactsFile): string {
  const ops = [...file.operations]
    .sort((a, b) =>
      a.path === b.path
        ? methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method)
        : a.path < b.path
          ? -1
          : 1,
    )
    .map(normalizeOp);
  const head = `{"product":${JSON.stringify(file.product)},"sources":${JSON.stringify(file.sources)},"operations":[\n`;
  return `${head}${ops.map((op) => JSON.stringify(op)).join(',\n')}\n]}\n`;
}
