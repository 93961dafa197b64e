import { describe, expect, it } from 'vitest';
import { defaultMenu } from './default-menu';
import {
  canonicalKeyAction,
  canonicalMenu,
  canonicalNoAction,
  canonicalPrompt,
  sameKeyAction,
  sameMenu,
  stableStringify,
} from './semantic';

describe('canonical forms', () => {
  it('keep only the fields an action uses', () => {
    const target = { extensionId: 'e', phoneNumber: '+15555550100', name: 'N', extensionNumber: '1', type: 'user' as const };
    expect(canonicalKeyAction({ action: 2, target, voicemailGreetingId: 'g' })).toEqual({ action: 2, extensionId: 'e' });
    expect(canonicalKeyAction({ action: 10, target })).toEqual({ action: 10, phoneNumber: '+15555550100' });
    expect(canonicalKeyAction({ action: 200, target, voicemailGreetingId: 'g' })).toEqual({
      action: 200,
      extensionId: 'e',
      voicemailGreetingId: 'g',
    });
    expect(canonicalKeyAction({ action: 100, target, voicemailGreetingId: '' })).toEqual({ action: 100 });
    expect(canonicalKeyAction({ action: -1, target })).toEqual({ action: -1 });
    expect(canonicalKeyAction({ action: 77, target, voicemailGreetingId: 'g' })).toEqual({
      action: 77,
      extensionId: 'e',
      phoneNumber: '+15555550100',
      voicemailGreetingId: 'g',
    });
    expect(canonicalNoAction({ repeat: 2, action: -1, target })).toEqual({ repeat: 2, action: -1 });
    expect(canonicalNoAction({ repeat: 2, action: 7, target })).toEqual({ repeat: 2, action: 7, extensionId: 'e' });
    expect(canonicalPrompt({ id: '', name: 'x' })).toEqual({ id: null });
    expect(canonicalPrompt({ id: 'a', name: 'x' })).toEqual({ id: 'a' });
  });

  it('a menu lists every key', () => {
    expect(Object.keys(canonicalMenu(defaultMenu()).keys)).toHaveLength(12);
  });

  it('same* compare by meaning', () => {
    expect(sameKeyAction({ action: 2, target: { extensionId: 'e' } }, { action: 2, target: { extensionId: 'e', name: 'x' } })).toBe(true);
    expect(sameKeyAction({ action: 2, target: { extensionId: 'e' } }, { action: 2, target: { extensionId: 'f' } })).toBe(false);
    expect(sameKeyAction({ action: 2, target: { extensionId: 'e' } }, { action: 4, target: { extensionId: 'e' } })).toBe(false);
    const m = defaultMenu();
    expect(sameMenu(m, { ...m, prompt: { id: null, name: 'ignored' } })).toBe(true);
    expect(sameMenu(m, { ...m, noAction: { ...m.noAction, repeat: 2 } })).toBe(false);
  });
});

describe('stableStringify', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
    expect(stableStringify('x')).toBe('"x"');
    expect(stableStringify(undefined)).toBe('null');
  });
});
