// OpenAPI 3.0 schema -> SchemaFact: $refs resolved, allOf merged, oneOf/anyOf kept
// as oneOf. Descriptions are read only to spot "may be null" prose.
import type { ObjectFact, ParamFact, SchemaFact } from '../src/facts';
import { proseSaysNullable } from './md-text';

export type Json = Record<string, unknown>;

export class OpenApi {
  constructor(private readonly doc: Json) {}

  resolve(node: unknown): Json {
    let current = (node ?? {}) as Json;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
      const parts = current.$ref.replace(/^#\//, '').split('/');
      current = parts.reduce<unknown>((acc, key) => (acc as Json)[key], this.doc) as Json;
    }
    return current;
  }

  schema(node: unknown): SchemaFact {
    const s = this.resolve(node);
    const fact = this.convert(s);
    if (
      (s.nullable === true || proseSaysNullable(str(s.description))) &&
      !('type' in fact && fact.type === 'any')
    ) {
      fact.nullable = true;
    }
    return fact;
  }

  private convert(s: Json): SchemaFact {
    const variants = (arr(s.oneOf) ?? arr(s.anyOf))?.map((v) => this.schema(v));
    if (variants) return { oneOf: variants };
    const all = arr(s.allOf);
    if (all) return this.mergeAll([...all, { ...s, allOf: undefined }]);
    const type = str(s.type) ?? (s.properties ? 'object' : s.items ? 'array' : undefined);
    switch (type) {
      case 'object':
        return this.object(s);
      case 'array': {
        const fact: SchemaFact = { type: 'array' };
        if (s.items) fact.items = this.schema(s.items);
        copyNums(s, fact, ['maxItems', 'minItems']);
        return fact;
      }
      case 'string': {
        const fact: SchemaFact = { type: 'string' };
        if (Array.isArray(s.enum)) fact.enum = s.enum.map(String);
        if (typeof s.format === 'string') fact.format = s.format;
        copyNums(s, fact, ['maxLength', 'minLength']);
        if (typeof s.pattern === 'string') fact.pattern = s.pattern;
        return fact;
      }
      case 'integer':
      case 'number': {
        const fact: SchemaFact = { type };
        if (Array.isArray(s.enum)) fact.enum = s.enum.map(Number);
        copyNums(s, fact, ['minimum', 'maximum']);
        return fact;
      }
      case 'boolean':
        return { type: 'boolean' };
      default:
        return { type: 'any' };
    }
  }

  private object(s: Json): ObjectFact {
    const fact: ObjectFact = { type: 'object' };
    const props = (s.properties ?? {}) as Json;
    const names = Object.keys(props);
    if (names.length > 0) {
      fact.properties = Object.fromEntries(names.map((n) => [n, this.schema(props[n])]));
    }
    const required = arr(s.required)?.filter((r): r is string => typeof r === 'string');
    if (required?.length) fact.required = required;
    if (s.additionalProperties === true) fact.additional = true;
    else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      fact.additional = this.schema(s.additionalProperties);
    } else if (names.length === 0 && s.additionalProperties !== false) fact.additional = true;
    return fact;
  }

  private mergeAll(parts: unknown[]): SchemaFact {
    const facts = parts.map((p) => this.convert(this.resolve(p)));
    const objects = facts.filter((f): f is ObjectFact => 'type' in f && f.type === 'object');
    if (objects.length === 0) return facts[0] ?? { type: 'any' };
    const merged: ObjectFact = { type: 'object' };
    for (const o of objects) {
      if (o.properties) merged.properties = { ...merged.properties, ...o.properties };
      if (o.required) merged.required = [...new Set([...(merged.required ?? []), ...o.required])];
    }
    const additional = objects.find((o) => o.additional && o.properties)?.additional;
    if (additional) merged.additional = additional;
    if (!merged.properties) merged.additional = true;
    return merged;
  }

  param(p: Json): ParamFact {
    const s = this.resolve(p.schema);
    const raw = str(s.type);
    const type: ParamFact['type'] =
      raw === 'integer' || raw === 'number' || raw === 'boolean' || raw === 'array'
        ? raw
        : 'string';
    const fact: ParamFact = { type };
    if (p.required === true) fact.required = true;
    if (Array.isArray(s.enum))
      fact.enum = s.enum.filter((e) => typeof e === 'string' || typeof e === 'number');
    copyNums(s, fact, ['minimum', 'maximum']);
    const d = s.default;
    if (typeof d === 'string' || typeof d === 'number' || typeof d === 'boolean') fact.default = d;
    return fact;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function arr(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

function copyNums(from: Json, to: object, keys: string[]): void {
  for (const k of keys)
    if (typeof from[k] === 'number') (to as Record<string, number>)[k] = from[k];
}
