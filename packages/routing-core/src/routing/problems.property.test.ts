// The problems report over random accounts: it never fails, says every problem
// in a sentence once, and finds no loop where no route points back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotArb } from '../testing/routing-arbitraries';
import { findProblems } from './problems';
import { PROBLEM_KINDS, PROBLEM_SEVERITY } from './problem-types';

describe('findProblems properties', () => {
  it('reports each problem once, as a sentence, with a severity that matches its kind', () => {
    fc.assert(
      fc.property(snapshotArb(), (s) => {
        const found = findProblems(s);
        const seen = new Set<string>();
        for (const p of found) {
          expect(PROBLEM_KINDS).toContain(p.kind);
          expect(p.severity).toBe(PROBLEM_SEVERITY[p.kind]);
          expect(p.message).toMatch(/^[A-Z"+].*\.$/);
          expect(p.message).not.toMatch(/undefined|NaN|\[object/);
          expect(p.hrefHint.objectType).toBe(p.object.type);
          expect(p.hrefHint.id).toBe(p.object.id);
          const key = JSON.stringify([p.kind, p.hrefHint, p.message]);
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
        const firstWarning = found.findIndex((p) => p.severity === 'warning');
        if (firstWarning >= 0) expect(found.slice(firstWarning).every((p) => p.severity === 'warning')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('finds no loop without an exit when no route points back', () => {
    fc.assert(
      fc.property(snapshotArb({ acyclic: true }), (s) => {
        expect(findProblems(s).filter((p) => p.kind === 'loop_without_exit')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
