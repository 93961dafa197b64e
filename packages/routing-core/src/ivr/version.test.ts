import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validMenuArb } from '../testing/arbitraries';
import { defaultMenu } from './default-menu';
import { diffMenus } from './diff';
import type { Menu } from './menu';
import { fnv1a64, menuVersion } from './version';

/** Same object with every property order reversed. */
function reorder<T>(v: T): T {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)])) as T;
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('hashes UTF-8 bytes', () => {
    expect(fnv1a64('Ω')).not.toBe(fnv1a64('©'));
  });
});

describe('menuVersion', () => {
  it('is 16 hex digits and stable', () => {
    const v = menuVersion(defaultMenu());
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(menuVersion(defaultMenu())).toBe(v);
  });

  it('ignores display-only fields and unused fields', () => {
    const a = defaultMenu();
    a.keys['1'] = { action: 2, target: { extensionId: 'u1' } };
    a.prompt = { id: 'p1' };
    const b: Menu = structuredClone(a);
    b.keys['1'] = {
      action: 2,
      target: { extensionId: 'u1', name: 'Maria', extensionNumber: '1012', type: 'user', phoneNumber: '+15555550100' },
      voicemailGreetingId: null,
    };
    b.keys['2'] = { action: -1, target: { extensionId: 'x' } };
    b.prompt = { id: 'p1', name: 'Welcome.mp3' };
    expect(menuVersion(b)).toBe(menuVersion(a));
  });

  it('changes with any routing change', () => {
    const base = defaultMenu();
    const changed: Menu[] = [
      { ...base, prompt: { id: 'p' } },
      { ...base, noAction: { ...base.noAction, repeat: 1 } },
      { ...base, keys: { ...base.keys, '#': { action: 22, target: null } } },
      { ...base, keys: { ...base.keys, '0': { action: 100, target: null, voicemailGreetingId: 'g' } } },
    ];
    const versions = new Set([base, ...changed].map(menuVersion));
    expect(versions.size).toBe(changed.length + 1);
  });

  it('equal menus ⇔ equal versions; property order is irrelevant (property)', () => {
    fc.assert(
      fc.property(validMenuArb, validMenuArb, (a, b) => {
        expect(menuVersion(reorder(a))).toBe(menuVersion(a));
        expect(menuVersion(a) === menuVersion(b)).toBe(diffMenus(a, b).length === 0);
      }),
    );
  });
});
