// Navigating and growing SchemaFact trees while aligning the flat phone lists.
import type { ArrayFact, ObjectFact, SchemaFact } from '../src/facts';
import type { FlatField } from './phone-md';

export interface Slot {
  name: string;
  node: SchemaFact;
  parent: ObjectFact | null;
}

/** Named children reachable from a node: object properties, through array items and oneOf variants. */
export function slots(node: SchemaFact): Slot[] {
  if ('oneOf' in node) return node.oneOf.flatMap(slots);
  if (node.type === 'array') {
    if (!node.items) return [];
    const own: Slot[] = isPrimitive(node.items)
      ? [{ name: '[]', node: node.items, parent: null }]
      : [];
    return [...own, ...slots(node.items)];
  }
  if (node.type !== 'object' || !node.properties) return [];
  return Object.entries(node.properties).map(([name, child]) => ({
    name,
    node: child,
    parent: node,
  }));
}

function isPrimitive(node: SchemaFact): boolean {
  return 'type' in node && node.type !== 'object' && node.type !== 'array';
}

/** A node for a field only the markdown documents. */
export function graftNode(f: FlatField): SchemaFact {
  let node: SchemaFact;
  switch (f.type) {
    case 'object':
    case 'array':
      node = { type: f.type };
      break;
    case 'string':
      node = { type: 'string' };
      if (f.format) node.format = f.format;
      break;
    case 'integer':
    case 'number':
    case 'boolean':
      node = { type: f.type };
      break;
    default:
      return { type: 'any' };
  }
  if (f.nullable) (node as { nullable?: true }).nullable = true;
  if (f.enum !== undefined) applyEnum(node, f.enum);
  return node;
}

/** Adds a child under an object, or under the object items of an array. */
export function placeChild(
  container: ObjectFact | ArrayFact,
  name: string,
  node: SchemaFact,
  required: boolean,
): void {
  let target: ObjectFact;
  if (container.type === 'array') {
    if (!container.items || !('type' in container.items) || container.items.type !== 'object') {
      container.items = { type: 'object' };
    }
    target = container.items as ObjectFact;
  } else target = container;
  // an object the OpenAPI left free-form gets the fields the markdown lists
  if (!target.properties) delete target.additional;
  target.properties = { ...target.properties, [name]: node };
  if (required) target.required = [...(target.required ?? []), name];
}

/** Grafted objects that received no field stay free-form. */
export function closeEmptyObjects(node: SchemaFact): void {
  if ('oneOf' in node) return node.oneOf.forEach(closeEmptyObjects);
  if (node.type === 'array' && node.items) return closeEmptyObjects(node.items);
  if (node.type !== 'object') return;
  if (!node.properties && !node.additional) node.additional = true;
  Object.values(node.properties ?? {}).forEach(closeEmptyObjects);
}

/** Key paths of a JSON example, arrays transparent: {"a":[{"b":1}]} -> a, a.b */
export function exampleKeys(json: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (!json) return keys;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return keys;
  }
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, path));
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const p = path ? `${path}.${k}` : k;
        keys.add(p);
        walk(child, p);
      }
    }
  };
  walk(value, '');
  return keys;
}

export function applyEnum(node: SchemaFact, raw: string): void {
  if (!('type' in node)) return;
  if (node.type === 'string' && !node.enum) {
    const quoted = [...raw.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
    node.enum = quoted.length > 0 ? quoted : raw.split(',').map((s) => s.trim());
  } else if ((node.type === 'integer' || node.type === 'number') && !node.enum) {
    const nums = raw.split(',').map((s) => Number(s.trim()));
    if (nums.every((n) => Number.isFinite(n))) node.enum = nums;
  }
}
