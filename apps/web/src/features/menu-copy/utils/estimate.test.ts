import { describe, expect, it } from 'vitest';
import type { IvrCopyPlanResponse } from '@switchboard/contract/ivr-copy';
import { estimateCopy, formatSeconds } from './estimate';

const target = (arId: string, ops: number, error: string | null = null, refusal: string | null = null) => ({
  arId,
  name: arId,
  version: 'v',
  ops: Array.from({ length: ops }, () => ({ description: 'x', request: { method: 'PATCH', path: '/x', body: {} } })),
  diff: [],
  warnings: [],
  error,
  refusal,
  crossSite: null,
});

describe('estimateCopy', () => {
  it('counts one source read, a read and a read-back per target and each write, at the plan’s Light rate', () => {
    const plan: IvrCopyPlanResponse = {
      source: { arId: 's', name: 's', version: 'v', site: null },
      hours: 'business',
      targets: Array.from({ length: 20 }, (_, i) => target(`t${i}`, 13)),
    };
    expect(estimateCopy(plan, 'pro')).toEqual({ targets: 20, operations: 260, zoomCalls: 301, perSecond: 20, seconds: 15.05 });
    expect(estimateCopy(plan, 'business').seconds).toBeCloseTo(7.525);
  });

  it('leaves out targets that cannot be copied, and those refused', () => {
    const plan: IvrCopyPlanResponse = {
      source: { arId: 's', name: 's', version: 'v', site: null },
      hours: 'closed',
      targets: [target('a', 2), target('b', 0, 'gone'), target('c', 3, null, 'would forward to itself')],
    };
    expect(estimateCopy(plan, 'pro')).toMatchObject({ targets: 1, operations: 2, zoomCalls: 5 });
  });
});

describe('formatSeconds', () => {
  it.each([
    [0.35, '0.4 seconds'],
    [1, '1 second'],
    [15.05, '15.1 seconds'],
    [3, '3 seconds'],
    [301, '6 minutes'],
  ])('%s → %s', (s, words) => expect(formatSeconds(s)).toBe(words));
});
