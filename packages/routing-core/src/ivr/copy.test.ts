import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validMenuArb } from '../testing/arbitraries';
import { applyPatch } from '../testing/apply-patch';
import { planCopy } from './copy';
import { defaultMenu } from './default-menu';
import type { Menu } from './menu';
import { planIvr } from './plan';
import { verifyIvr } from './verify';

const scope = { hours: 'business' as const };

function source(): Menu {
  const m = defaultMenu();
  m.prompt = { id: 'audio-1', name: 'Welcome.mp3' };
  m.keys['1'] = { action: 7, target: { extensionId: 'cq-1', name: 'Support Line', extensionNumber: '2001' } };
  m.keys['2'] = { action: 6, target: { extensionId: 'ar-src-ext', name: 'Main line', extensionNumber: '100' } };
  m.keys['0'] = { action: 100, target: null, voicemailGreetingId: 'g-1' };
  m.keys['#'] = { action: 22, target: null };
  return m;
}

describe('planCopy', () => {
  it('plans the source menu onto the target, with the path of the target', () => {
    const plan = planCopy(source(), defaultMenu(), scope, 'ar-target');
    expect(plan.ops.map((o) => o.field)).toEqual(['prompt', 'key:1', 'key:2', 'key:0', 'key:#']);
    expect(plan.ops.every((o) => o.request.path === '/phone/auto_receptionists/ar-target/ivr')).toBe(true);
    expect(plan.diff.map((d) => d.field)).toEqual(['prompt', 'key:1', 'key:2', 'key:0', 'key:#']);
    expect(plan.warnings).toEqual([]);
  });

  it('keeps relative actions relative and absolute targets absolute', () => {
    const plan = planCopy(source(), defaultMenu(), scope, 'ar-target');
    expect(plan.desired.keys['0']).toEqual({ action: 100, target: null, voicemailGreetingId: 'g-1' });
    expect(plan.desired.keys['2'].target?.extensionId).toBe('ar-src-ext');
    const op = plan.ops.find((o) => o.field === 'key:0')!;
    expect(op.request.body.key_action).toEqual({ key: '0', action: 100, voicemail_greeting_id: 'g-1' });
  });

  it('keeps the target prompt when the source has none, and says so', () => {
    const s = { ...source(), prompt: { id: null } };
    const target = { ...defaultMenu(), prompt: { id: 'audio-t' } };
    const plan = planCopy(s, target, scope, 'ar-target');
    expect(plan.desired.prompt).toEqual({ id: 'audio-t' });
    expect(plan.ops.some((o) => o.field === 'prompt')).toBe(false);
    expect(plan.warnings[0]).toMatch(/keeps its own/);
  });

  it('plans nothing onto a target that already has the menu, and holiday scope is kept', () => {
    expect(planCopy(source(), source(), scope, 'x').ops).toEqual([]);
    const [op] = planCopy(source(), defaultMenu(), { hours: 'closed', holidayId: 'h1' }, 'x').ops;
    expect(op!.request.body.holiday_id).toBe('h1');
  });

  it('does not change the source menu', () => {
    const s = { ...source(), prompt: { id: null } };
    const before = structuredClone(s);
    planCopy(s, { ...defaultMenu(), prompt: { id: 'p' } }, scope, 'x');
    expect(s).toEqual(before);
  });

  it('applied to any target, the copy lands (property)', () => {
    fc.assert(
      fc.property(validMenuArb, validMenuArb, (src, target) => {
        const plan = planCopy(src, target, scope, 'ar-x');
        expect(plan.ops).toEqual(planIvr(target, plan.desired, { ...scope, arId: 'ar-x' }));
        const result = plan.ops.reduce((m, op) => applyPatch(m, op.request.body), target);
        expect(verifyIvr(plan.desired, result)).toEqual([]);
        const keysOf = (m: Menu) => JSON.stringify(verifyIvr(m, result).filter((x) => x.field !== 'prompt'));
        expect(keysOf(src)).toBe('[]');
      }),
    );
  });
});
