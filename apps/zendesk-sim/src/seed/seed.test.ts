import { describe, expect, it } from 'vitest';
import { seedAccount } from './account';

describe('the demo account', () => {
  it('is the same every time, ids included', () => {
    expect(seedAccount()).toEqual(seedAccount());
  });

  it('has two IVRs with three menus each (one default), six groups, greetings and a spare number', () => {
    const s = seedAccount();
    expect(s.ivrs.map((i) => [i.name, i.menus.length, i.menus.filter((m) => m.isDefault).length])).toEqual([
      ['Customer Support Line', 3, 1],
      ['Sales & Billing Line', 3, 1],
    ]);
    expect(s.groups).toHaveLength(6);
    expect(s.greetings.filter((g) => g.isDefault)).toHaveLength(1);
    expect(s.greetings.length).toBeGreaterThanOrEqual(6);
    expect(s.phoneNumbers.filter((p) => !s.ivrs.some((i) => i.phoneNumberIds.includes(p.id)))).toHaveLength(1);
  });

  it('routes use every action and the keys 0–9, *, #, "default"; every reference resolves; keys are unique per menu', () => {
    const s = seedAccount();
    const routes = s.ivrs.flatMap((i) => i.menus.flatMap((m) => m.routes));
    expect(new Set(routes.map((r) => r.action))).toEqual(new Set(['group', 'voicemail', 'phone_number', 'textback', 'menu']));
    expect(new Set(routes.map((r) => r.keypress))).toEqual(new Set(['0', '1', '2', '3', '4', '9', '*', '#', 'default']));
    for (const ivr of s.ivrs) {
      for (const menu of ivr.menus) {
        expect(new Set(menu.routes.map((r) => r.keypress)).size).toBe(menu.routes.length);
        expect(s.greetings.some((g) => g.id === menu.greetingId)).toBe(true);
        for (const r of menu.routes) {
          const groups = (r.options.group_ids as number[] | undefined) ?? [];
          expect(groups.every((id) => s.groups.some((g) => g.id === id))).toBe(true);
          if (r.action === 'menu') expect(ivr.menus.some((m) => m.id === r.options.menu_id && m.id !== menu.id)).toBe(true);
        }
      }
    }
  });
});
