// Finds the documented operation for a concrete request path. Called for every
// request of a simulator, so the templates are indexed once per operation list.
import type { OperationFact } from './facts';

interface Node {
  literal: Map<string, Node>;
  param?: Node;
  byMethod: Map<string, OperationFact>;
}

const indexes = new WeakMap<readonly OperationFact[], Node>();

function newNode(): Node {
  return { literal: new Map(), byMethod: new Map() };
}

function buildIndex(ops: readonly OperationFact[]): Node {
  const root = newNode();
  for (const op of ops) {
    let node = root;
    for (const seg of segments(op.path)) {
      if (/^\{[^}]+\}$/.test(seg)) node = node.param ??= newNode();
      else {
        let next = node.literal.get(seg);
        if (!next) node.literal.set(seg, (next = newNode()));
        node = next;
      }
    }
    if (!node.byMethod.has(op.method)) node.byMethod.set(op.method, op);
  }
  return root;
}

function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** Keeps empty inner segments ("/a//b") so that they match nothing. */
function concreteSegments(path: string): string[] {
  return normalizePath(path).replace(/^\//, '').replace(/\/$/, '').split('/');
}

/** Drops a query string, a leading /v2 and a trailing slash. */
export function normalizePath(concretePath: string): string {
  const path = concretePath.split(/[?#]/)[0] ?? '';
  return path.replace(/^\/v2(?=\/|$)/, '') || '/';
}

/**
 * The operation whose template matches, e.g. GET /phone/auto_receptionists/abc/ivr.
 * A literal segment beats a {param} at the earliest position where templates differ,
 * so /phone/rooms/unassigned wins over /phone/rooms/{roomId}.
 */
export function findOperation(
  ops: readonly OperationFact[],
  method: string,
  concretePath: string,
): OperationFact | undefined {
  let root = indexes.get(ops);
  if (!root) indexes.set(ops, (root = buildIndex(ops)));
  return walk(root, concreteSegments(concretePath), 0, method.toUpperCase());
}

function walk(node: Node, segs: string[], i: number, method: string): OperationFact | undefined {
  if (i === segs.length) return node.byMethod.get(method);
  const seg = segs[i] as string;
  const literal = node.literal.get(seg);
  const viaLiteral = literal && walk(literal, segs, i + 1, method);
  if (viaLiteral) return viaLiteral;
  return node.param && seg !== '' ? walk(node.param, segs, i + 1, method) : undefined;
}

/** Values of the template's {params} in a concrete path that matches it. */
export function pathValues(op: OperationFact, concretePath: string): Record<string, string> {
  const tpl = segments(op.path);
  const actual = concreteSegments(concretePath);
  const out: Record<string, string> = {};
  tpl.forEach((seg, i) => {
    const m = /^\{([^}]+)\}$/.exec(seg);
    if (m?.[1] && actual[i] !== undefined) out[m[1]] = decode(actual[i]);
  });
  return out;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
