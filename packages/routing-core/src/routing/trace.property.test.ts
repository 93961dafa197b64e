// Properties of the trace over random accounts, instants and key presses: it
// always ends, in the contract's shape; with no route pointing back it never
// ends in a loop; and a number typed in any format traces as its E.164 does.
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { instantArb, keysArb, numbersOf, snapshotArb } from '../testing/routing-arbitraries';
import { MAX_STEPS } from './trace-context';
import { trace, traceWithOutcome } from './trace';
import { TRACE_KINDS } from './trace-types';

const RUNS = { numRuns: 150 };

describe('trace properties', () => {
  it('always ends, in the contract’s shape, with a sentence at every step', () => {
    fc.assert(
      fc.property(
        snapshotArb().chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...numbersOf(s)), instantArb, keysArb)),
        ([s, number, at, keys]) => {
          const t = traceWithOutcome(s, number, at, keys);
          expect(t.steps.length).toBeLessThanOrEqual(MAX_STEPS + 2);
          expect(TRACE_KINDS).toContain(t.end.kind);
          expect(t.end.reason.length).toBeGreaterThan(10);
          for (const step of t.steps) {
            expect(TRACE_KINDS).toContain(step.kind);
            expect(step.id).not.toBe('');
            expect(step.reason).toMatch(/[.)]$/);
          }
          // a loop is always said to be one, and said only then
          expect(t.outcome === 'loop').toBe(t.end.reason.startsWith('Loop:') || t.end.reason.startsWith('The trace stopped'));
          expect(t.end.reason).not.toMatch(/undefined|NaN|\[object/);
        },
      ),
      RUNS,
    );
  });

  it('never ends in a loop when no route points back', () => {
    fc.assert(
      fc.property(
        snapshotArb({ acyclic: true }).chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...numbersOf(s)), instantArb, keysArb)),
        ([s, number, at, keys]) => {
          expect(traceWithOutcome(s, number, at, keys).outcome).not.toBe('loop');
        },
      ),
      RUNS,
    );
  });

  it('a loop is found even when the caller presses nothing, and every place on it is named', () => {
    fc.assert(
      fc.property(
        snapshotArb().chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...numbersOf(s)), instantArb)),
        ([s, number, at]) => {
          const t = traceWithOutcome(s, number, at, []);
          if (t.outcome !== 'loop') return;
          expect(t.end.reason).toMatch(/\('.+' → .*'.+'\)/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a number in any format traces exactly as its E.164 form', () => {
    fc.assert(
      fc.property(
        snapshotArb().chain((s) => fc.tuple(fc.constant(s), fc.constantFrom(...numbersOf(s)), instantArb, keysArb)),
        ([s, e164, at, keys]) => {
          const parsed = parsePhoneNumberFromString(e164)!;
          const national = parsed.formatNational();
          const forms = [
            parsed.formatInternational(),
            national,
            parsed.getURI(),
            `  ${parsed.formatInternational().replace(/ /g, '-')}  `,
            national.replace(/[()]/g, '').replace(/ /g, '.'),
            `0011 ${parsed.formatInternational().slice(1)}`,
          ];
          const expected = trace(s, e164, at, keys);
          for (const form of forms) expect(trace(s, form, at, keys), form).toEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  });
});
