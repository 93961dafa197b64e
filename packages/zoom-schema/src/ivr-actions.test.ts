import { describe, expect, it } from 'vitest';
import {
  DIGIT_KEYS,
  IVR_ACTIONS,
  IVR_KEYS,
  actionSpec,
  actionsForKey,
  defaultKeyAction,
  isActionAllowedForKey,
  noActionActions,
} from './ivr-actions';

const codes = (key: (typeof IVR_KEYS)[number]) => actionsForKey(key).map((a) => a.code).sort((a, b) => a - b);

describe('IVR action catalog', () => {
  it('gives digit keys exactly the codes Zoom documents for 0–9', () => {
    for (const key of DIGIT_KEYS) {
      expect(codes(key)).toEqual([-1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16, 17, 100, 200, 300, 400, 500]);
    }
  });

  it('gives * and # only repeat, root menu, previous menu and disabled', () => {
    expect(codes('*')).toEqual([-1, 21, 22, 23]);
    expect(codes('#')).toEqual([-1, 21, 22, 23]);
    expect(isActionAllowedForKey('*', 2)).toBe(false);
    expect(isActionAllowedForKey('1', 21)).toBe(false);
  });

  it('allows the documented no-action codes only', () => {
    expect(noActionActions().map((a) => a.code).sort((a, b) => a - b)).toEqual([-1, 2, 4, 5, 6, 7, 8, 15]);
  });

  it('names every code in words and never twice', () => {
    const seen = new Set<number>();
    for (const a of IVR_ACTIONS) {
      expect(a.label).toMatch(/^[A-Z][a-z]/);
      expect(seen.has(a.code)).toBe(false);
      seen.add(a.code);
    }
  });

  it('encodes which write field each action needs', () => {
    expect(actionSpec(2)).toMatchObject({ target: 'extension', targetKind: 'user', voicemailGreeting: 'none' });
    expect(actionSpec(10)).toMatchObject({ target: 'phoneNumber', targetKind: 'phoneNumber' });
    expect(actionSpec(17)).toMatchObject({ target: 'phoneNumber' });
    expect(actionSpec(200)).toMatchObject({ target: 'extension', targetKind: 'user', voicemailGreeting: 'required' });
    expect(actionSpec(100)).toMatchObject({ target: 'none', voicemailGreeting: 'optional' });
    expect(actionSpec(21)).toMatchObject({ target: 'none', targetKind: null });
    expect(actionSpec(999)).toBeUndefined();
  });

  it("matches Zoom's default menu: 0 → voicemail, * → repeat, the rest disabled", () => {
    expect(Object.fromEntries(IVR_KEYS.map((k) => [k, defaultKeyAction(k)]))).toEqual({
      '0': 100, '1': -1, '2': -1, '3': -1, '4': -1, '5': -1, '6': -1, '7': -1, '8': -1, '9': -1, '*': 21, '#': -1,
    });
  });
});
