import { describe, expect, it } from 'vitest';
import type { PlannedOp } from '@switchboard/contract/ivr';
import { applyProgressEvent, freezeProgress, sentCount, startProgress } from './apply-progress';

const op = (k: string): PlannedOp => ({
  description: `Key ${k}: disabled`,
  field: `key:${k}`,
  request: { method: 'PATCH', path: '/phone/auto_receptionists/ar1/ivr', body: {} },
});
const plan = ['1', '2', '3'].map(op);
const states = (p: ReturnType<typeof startProgress>) => p.ops.map((o) => o.state);

describe('apply progress', () => {
  it('pending → sending → accepted, one after the other, then verifying', () => {
    let p = startProgress(plan);
    expect([p.phase, ...states(p)]).toEqual(['starting', 'pending', 'pending', 'pending']);
    p = applyProgressEvent(p, { event: 'planned', data: { ops: plan } });
    expect([p.phase, ...states(p)]).toEqual(['sending', 'sending', 'pending', 'pending']);
    p = applyProgressEvent(p, { event: 'op', data: { index: 0, status: 'applied', httpStatus: 204, trackingId: 't1' } });
    expect(states(p)).toEqual(['applied', 'sending', 'pending']);
    expect(p.ops[0]).toMatchObject({ httpStatus: 204, trackingId: 't1' });
    expect(sentCount(p)).toBe(1);
    p = applyProgressEvent(p, { event: 'op', data: { index: 1, status: 'applied', trackingId: 't2' } });
    p = applyProgressEvent(p, { event: 'op', data: { index: 2, status: 'applied', trackingId: 't3' } });
    p = applyProgressEvent(p, { event: 'verifying', data: {} });
    expect([p.phase, ...states(p), sentCount(p)]).toEqual(['verifying', 'applied', 'applied', 'applied', 3]);
  });

  it('a refusal stops the sending: the rest become not sent, and a broken stream leaves unknown, not sending', () => {
    let p = applyProgressEvent(startProgress(plan), { event: 'planned', data: { ops: plan } });
    p = applyProgressEvent(p, { event: 'op', data: { index: 0, status: 'failed', httpStatus: 500, trackingId: 't1', error: 'Internal Error.' } });
    expect(states(p)).toEqual(['failed', 'pending', 'pending']);
    expect(states(freezeProgress(p))).toEqual(['failed', 'unknown', 'unknown']);
    p = applyProgressEvent(p, { event: 'op', data: { index: 1, status: 'skipped', trackingId: null } });
    expect(states(p)).toEqual(['failed', 'skipped', 'pending']);
    expect(sentCount(p)).toBe(1);
  });

  it('ignores an op index outside the plan', () => {
    const p = applyProgressEvent(startProgress(plan), { event: 'planned', data: { ops: plan } });
    expect(applyProgressEvent(p, { event: 'op', data: { index: 7, status: 'applied', trackingId: null } })).toBe(p);
  });
});
