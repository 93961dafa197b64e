// Finds the operation for a concrete request path. Zendesk takes a path with
// or without the .json suffix the curl samples use; a full URL (a next_page
// link followed as given) is matched by its path.
import type { OperationFact } from './facts';

const PARAM = /^\{[^}]+\}$/;

function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** Drops the origin, the query string, a .json suffix and a trailing slash. */
export function normalizePath(concretePath: string): string {
  const withoutOrigin = concretePath.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const path = withoutOrigin.split(/[?#]/)[0] ?? '';
  return path.replace(/\.json$/, '').replace(/(.)\/$/, '$1') || '/';
}

function concreteSegments(path: string): string[] {
  return normalizePath(path).replace(/^\//, '').split('/');
}

/** The operation whose template matches; a literal segment beats a {param}. */
export function findOperation(ops: readonly OperationFact[], method: string, concretePath: string): OperationFact | undefined {
  const actual = concreteSegments(concretePath);
  const upper = method.toUpperCase();
  let best: { op: OperationFact; literals: number } | undefined;
  for (const op of ops) {
    if (op.method !== upper) continue;
    const tpl = segments(op.path);
    if (tpl.length !== actual.length) continue;
    let literals = 0;
    const fits = tpl.every((seg, i) => {
      const got = actual[i] ?? '';
      if (PARAM.test(seg)) return got !== '';
      literals++;
      return seg === got;
    });
    if (fits && (!best || literals > best.literals)) best = { op, literals };
  }
  return best?.op;
}

/** Values of the template's {params} in a concrete path that matches it. */
export function pathValues(op: OperationFact, concretePath: string): Record<string, string> {
  const tpl = segments(op.path);
  const actual = concreteSegments(concretePath);
  const out: Record<string, string> = {};
  tpl.forEach((seg, i) => {
    const m = /^\{([^}]+)\}$/.exec(seg);
    if (m?.[1] && actual[i] !== undefined) out[m[1]] = safeDecode(actual[i]);
  });
  return out;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
