// The phone markdown lists fields flat, depth first, siblings sorted by name
// (required ones first). It is the only source of enums ("possible values"),
// of some "(required)" markers, and it documents fields the OpenAPI file lacks.
// We walk the OpenAPI tree alongside the list: an entry is a child of the current
// node or of one of its ancestors. Entries the OpenAPI tree does not have are
// grafted where the section's JSON example puts them, else where sibling order
// allows, innermost first.
import type { ArrayFact, ObjectFact, SchemaFact } from '../src/facts';
import type { FlatField } from './phone-md';
import { applyEnum, closeEmptyObjects, graftNode, placeChild, slots, type Slot } from './tree';

interface Frame {
  node: SchemaFact;
  /** names from the root, arrays transparent, as in exampleKeys */
  path: string;
  last: { name: string; required: boolean } | null;
}

export interface AlignResult {
  matched: number;
  grafted: number;
  byExample: number;
  byOrder: number;
  innermost: number;
  conflicts: number;
  duplicates: number;
}

export function emptyAlignResult(): AlignResult {
  return {
    matched: 0,
    grafted: 0,
    byExample: 0,
    byOrder: 0,
    innermost: 0,
    conflicts: 0,
    duplicates: 0,
  };
}

export function alignFlatFields(
  root: SchemaFact,
  fields: FlatField[],
  exampleKeys: Set<string>,
): AlignResult {
  const seen = new Set<SchemaFact>();
  const stack: Frame[] = [{ node: root, path: '', last: null }];
  const r = emptyAlignResult();
  const push = (depth: number, node: SchemaFact, f: FlatField): void => {
    const parent = stack[depth] as Frame;
    parent.last = { name: f.name, required: f.required };
    stack.length = depth + 1;
    stack.push({
      node,
      path: f.name === '[]' ? parent.path : join(parent.path, f.name),
      last: null,
    });
  };

  for (const f of fields) {
    const known = findKnown(stack, f, seen);
    if (known) {
      r.matched++;
      seen.add(known.slot.node);
      enrich(known.slot, f);
      push(known.depth, known.slot.node, f);
      continue;
    }
    if (f.name === '[]') {
      const top = stack[stack.length - 1] as Frame;
      if ('type' in top.node && top.node.type === 'array' && !top.node.items) {
        top.node.items = graftNode(f);
        r.grafted++;
      }
      continue;
    }
    const containers = stack
      .map((frame, depth) => ({ frame, depth }))
      .filter((c) => canHold(c.frame.node))
      .reverse();
    if (
      containers.some((c) =>
        slots(c.frame.node).some((s) => s.name === f.name && !seen.has(s.node)),
      )
    ) {
      r.conflicts++; // same name documented with another type: keep the OpenAPI one
      continue;
    }
    const byExample = containers.find((c) => exampleKeys.has(join(c.frame.path, f.name)));
    const byOrder = containers.find((c) => fitsOrder(c.frame, f, c.depth === stack.length - 1));
    const target = byExample ?? byOrder ?? containers[0];
    if (!target) continue;
    // listed twice (e.g. in two "One of" variants the OpenAPI file merges): reuse, never overwrite
    const twin = slots(target.frame.node).find((s) => s.name === f.name);
    if (twin) {
      r.duplicates++;
      push(target.depth, twin.node, f);
      continue;
    }
    r[byExample ? 'byExample' : byOrder ? 'byOrder' : 'innermost']++;
    const node = graftNode(f);
    placeChild(target.frame.node as ObjectFact | ArrayFact, f.name, node, f.required);
    seen.add(node);
    r.grafted++;
    push(target.depth, node, f);
  }
  closeEmptyObjects(root);
  return r;
}

function findKnown(
  stack: Frame[],
  f: FlatField,
  seen: Set<SchemaFact>,
): { depth: number; slot: Slot } | undefined {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const slot = slots((stack[depth] as Frame).node).find(
      (s) => s.name === f.name && !seen.has(s.node) && compatible(s.node, f.type),
    );
    if (slot) return { depth, slot };
  }
  return undefined;
}

function canHold(node: SchemaFact): boolean {
  if (!('type' in node)) return false;
  if (node.type === 'object') return true;
  return (
    node.type === 'array' && (!node.items || ('type' in node.items && node.items.type === 'object'))
  );
}

/** Siblings come sorted by name, required ones first; a just-opened node takes any first child. */
function fitsOrder(frame: Frame, f: FlatField, isTop: boolean): boolean {
  if (!frame.last) return isTop;
  if (frame.last.required && !f.required) return true;
  return f.name > frame.last.name;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function compatible(node: SchemaFact, mdType: string): boolean {
  if ('oneOf' in node || node.type === 'any') return true;
  if (node.type === mdType) return true;
  return (
    (node.type === 'number' && mdType === 'integer') ||
    (node.type === 'integer' && mdType === 'number')
  );
}

function enrich(slot: Slot, f: FlatField): void {
  const { node, parent } = slot;
  if (f.required && parent && !parent.required?.includes(slot.name)) {
    parent.required = [...(parent.required ?? []), slot.name];
  }
  if (f.nullable && !('type' in node && node.type === 'any')) node.nullable = true;
  if (f.enum === undefined || !('type' in node)) return;
  const target = node.type === 'array' && node.items && 'type' in node.items ? node.items : node;
  applyEnum(target, f.enum);
}
