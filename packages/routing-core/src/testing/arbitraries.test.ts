// menuFromPoolsArb: valid menus whose every id comes from the pools given.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IVR_KEYS, actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import { desiredMenuSchema } from '../ivr/menu';
import { menuFromPoolsArb } from './arbitraries';

const pools = { extensions: { user: ['u1', 'u2'], callQueue: ['q1'] }, audio: ['a1', 'a2'] };

describe('menuFromPoolsArb', () => {
  test('menus pass desiredMenuSchema and use only pooled ids and kinds', () => {
    fc.assert(
      fc.property(menuFromPoolsArb(pools), (menu) => {
        expect(desiredMenuSchema.safeParse(menu).success).toBe(true);
        expect(pools.audio).toContain(menu.prompt.id);
        for (const ka of [...IVR_KEYS.map((k) => menu.keys[k]), menu.noAction]) {
          const spec = actionSpec(ka.action)!;
          if (spec.target === 'extension') {
            expect(Object.keys(pools.extensions)).toContain(spec.targetKind);
            expect((pools.extensions as Record<string, string[]>)[spec.targetKind!]).toContain(ka.target!.extensionId);
          }
          const greeting = 'voicemailGreetingId' in ka ? ka.voicemailGreetingId : null;
          if (greeting) expect(pools.audio).toContain(greeting);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('without audio: no prompt and no action that needs a greeting', () => {
    fc.assert(
      fc.property(menuFromPoolsArb({ extensions: { user: ['u1'] }, audio: [] }), (menu) => {
        expect(menu.prompt.id).toBeNull();
        for (const k of IVR_KEYS) expect(actionSpec(menu.keys[k].action)!.voicemailGreeting).not.toBe('required');
      }),
      { numRuns: 100 },
    );
  });
});
