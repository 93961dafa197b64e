// Properties of plan / apply / verify over random valid menus (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { zoomIvrPatchSchema } from '@switchboard/zoom-schema/phone-ivr';
import { applyPatch } from '../testing/apply-patch';
import { keyActionArb, noActionArb, promptArb, validMenuArb } from '../testing/arbitraries';
import { desiredMenuSchema, type Menu } from './menu';
import { planIvr, type IvrLocation } from './plan';
import { sameKeyAction, sameNoAction, samePrompt } from './semantic';
import { verifyIvr } from './verify';
import { menuVersion } from './version';

const locationArb: fc.Arbitrary<IvrLocation> = fc.record(
  {
    arId: fc.stringMatching(/^[A-Za-z0-9_-]{1,22}$/),
    hours: fc.constantFrom('business' as const, 'closed' as const),
    holidayId: fc.stringMatching(/^[A-Za-z0-9_-]{1,22}$/),
  },
  { requiredKeys: ['arId', 'hours'] },
);

/** Strip display-only fields, so "equal by meaning" menus differ in spelling. */
function bare(m: Menu): Menu {
  const strip = <T extends { target: Menu['noAction']['target'] }>(x: T): T => ({
    ...x,
    target: x.target && { extensionId: x.target.extensionId, phoneNumber: x.target.phoneNumber },
  });
  return {
    prompt: { id: m.prompt.id },
    noAction: strip(m.noAction),
    keys: Object.fromEntries(IVR_KEYS.map((k) => [k, strip(m.keys[k])])) as Menu['keys'],
  };
}

/**
 * Zoom cannot remove a greeting prompt, so a desired "no prompt" over an
 * existing one keeps the current prompt (planIvr refuses it; tested apart).
 */
function writable(current: Menu, desired: Menu): Menu {
  return !desired.prompt.id && current.prompt.id ? { ...desired, prompt: current.prompt } : desired;
}

const changedKeys = (a: Menu, b: Menu) => IVR_KEYS.filter((k) => !sameKeyAction(a.keys[k], b.keys[k]));

describe('plan / apply / verify properties', () => {
  it('every generated menu passes desiredMenuSchema', () => {
    fc.assert(
      fc.property(validMenuArb, (m) => {
        expect(desiredMenuSchema.safeParse(m).success).toBe(true);
      }),
    );
  });

  it('plan(m, m) is empty, also when only display fields differ', () => {
    fc.assert(
      fc.property(validMenuArb, locationArb, (m, at) => {
        expect(planIvr(m, m, at)).toEqual([]);
        expect(planIvr(bare(m), m, at)).toEqual([]);
        expect(planIvr(m, bare(m), at)).toEqual([]);
      }),
    );
  });

  it('one op per changed key plus one for prompt/no-action when either changed', () => {
    fc.assert(
      fc.property(validMenuArb, validMenuArb, locationArb, (current, wanted, at) => {
        const desired = writable(current, wanted);
        const ops = planIvr(current, desired, at);
        const head = !samePrompt(current.prompt, desired.prompt) || !sameNoAction(current.noAction, desired.noAction);
        expect(ops.length).toBe(changedKeys(current, desired).length + (head ? 1 : 0));
        expect(ops.filter((o) => o.field.startsWith('key:')).map((o) => o.field)).toEqual(
          changedKeys(current, desired).map((k) => `key:${k}`),
        );
      }),
    );
  });

  it('every op is a valid PATCH body with at most one key_action and exactly one scope field', () => {
    fc.assert(
      fc.property(validMenuArb, validMenuArb, locationArb, (current, wanted, at) => {
        for (const op of planIvr(current, writable(current, wanted), at)) {
          expect(op.request.method).toBe('PATCH');
          expect(op.request.path).toBe(`/phone/auto_receptionists/${encodeURIComponent(at.arId)}/ivr`);
          // parsing strips unknown fields: equality means nothing would be silently ignored
          expect(zoomIvrPatchSchema.parse(op.request.body)).toEqual(op.request.body);
          expect(Array.isArray(op.request.body.key_action)).toBe(false);
          const body = op.request.body;
          expect(at.holidayId ? body.holiday_id : body.hours_type).toBe(
            at.holidayId ?? (at.hours === 'closed' ? 'closed_hours' : 'business_hours'),
          );
          expect('holiday_id' in body && 'hours_type' in body).toBe(false);
          const parts = [body.key_action, body.audio_prompt_id ?? body.caller_enters_no_action].filter((x) => x !== undefined);
          expect(parts.length).toBe(1);
          expect(op.description).not.toMatch(/\b(action|code) -?\d+\b/);
        }
      }),
    );
  });

  it('applying the plan to current yields the desired menu (verify is empty, versions match)', () => {
    fc.assert(
      fc.property(validMenuArb, validMenuArb, locationArb, (current, wanted, at) => {
        const desired = writable(current, wanted);
        const ops = planIvr(current, desired, at);
        const result = ops.reduce((m, op) => applyPatch(m, op.request.body), current);
        expect(verifyIvr(desired, result)).toEqual([]);
        expect(menuVersion(result)).toBe(menuVersion(desired));
        expect(planIvr(result, desired, at)).toEqual([]);
      }),
    );
  });

  it('plan refuses exactly the removal of an existing prompt', () => {
    fc.assert(
      fc.property(validMenuArb, validMenuArb, locationArb, (current, desired, at) => {
        const removes = !desired.prompt.id && !!current.prompt.id;
        let refused = false;
        try {
          planIvr(current, desired, at);
        } catch {
          refused = true;
        }
        expect(refused).toBe(removes);
      }),
    );
  });

  it('verify detects any single changed field, and only that one', () => {
    type Field = 'prompt' | 'noAction' | IvrKey;
    const fieldArb = fc.constantFrom<Field>('prompt', 'noAction', ...IVR_KEYS);
    const mutatedArb = fc.tuple(validMenuArb, fieldArb).chain(([m, field]) => {
      const part: fc.Arbitrary<Menu> =
        field === 'prompt'
          ? promptArb.map((prompt) => ({ ...m, prompt }))
          : field === 'noAction'
            ? noActionArb.map((noAction) => ({ ...m, noAction }))
            : keyActionArb(field).map((ka) => ({ ...m, keys: { ...m.keys, [field]: ka } }));
      return part.map((changed) => ({ m, changed, field }));
    });
    fc.assert(
      fc.property(mutatedArb, ({ m, changed, field }) => {
        const differs =
          field === 'prompt'
            ? !samePrompt(m.prompt, changed.prompt)
            : field === 'noAction'
              ? !sameNoAction(m.noAction, changed.noAction)
              : !sameKeyAction(m.keys[field], changed.keys[field]);
        fc.pre(differs);
        const mismatches = verifyIvr(m, changed);
        expect(mismatches.map((x) => x.field)).toEqual([field.length === 1 ? `key:${field}` : field]);
        expect(mismatches[0]!.expected).not.toBe(mismatches[0]!.actual);
      }),
    );
  });
});
