import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSINESS_HOURS, CLOSURES } from '../../testing/contact-center';
import type { CcBusinessHours, CcClosureSet } from '../../testing/contact-center';
import { startHarness, TEST_NOW } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { seedAccount } from '../account';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('the seeded Contact Center', () => {
  it('is the same for the same seed, and has what the demo needs', () => {
    const a = seedAccount('switchboard-demo', TEST_NOW).state.contactCenter;
    const b = seedAccount('switchboard-demo', TEST_NOW).state.contactCenter;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(seedAccount('other-seed', TEST_NOW).state.contactCenter.queues[0]?.queueId).not.toBe(a.queues[0]?.queueId);
    expect(a.businessHours.filter((s) => s.accountDefault)).toHaveLength(1);
    expect(a.closureSets.filter((s) => s.accountDefault)).toHaveLength(1);
    expect([a.businessHours.length, a.queues.length, a.flows.length, a.assets.length]).toEqual([3, 5, 3, 30]);
    expect(a.flows.every((f) => f.entryPointIds.length > 0)).toBe(true);
    const languages = new Set(a.assets.flatMap((x) => x.items.map((i) => i.language)));
    expect(languages.size).toBeGreaterThanOrEqual(5);
    const christmas = a.closureSets.flatMap((s) => s.closures.map((c) => ({ zone: s.timezone, ...c }))).filter((c) => c.name === 'Christmas Day');
    expect(christmas.map((c) => [c.zone, c.start.slice(5, 10), c.frequency])).toEqual([
      ['America/New_York', '12-25', 1],
      ['Australia/Sydney', '12-25', 1],
    ]);
  });

  it('obeys the documented rules: each set read back is accepted unchanged by an update', async () => {
    const hours = await h.json<{ business_hours: CcBusinessHours[] }>('GET', BUSINESS_HOURS);
    for (const set of hours.business_hours) {
      const res = await h.api('PATCH', `${BUSINESS_HOURS}/${set.business_hour_id}`, { hours: set.hours, timezone: set.timezone });
      expect([set.business_hour_name, res.status]).toEqual([set.business_hour_name, 204]);
    }
    const closures = await h.json<{ closure_sets: CcClosureSet[] }>('GET', CLOSURES);
    for (const set of closures.closure_sets) {
      const res = await h.api('PATCH', `${CLOSURES}/${set.closure_set_id}`, { closure_set_name: set.closure_set_name, timezone: set.timezone, closures: set.closures });
      expect([set.closure_set_name, res.status]).toEqual([set.closure_set_name, 204]);
      expect((await h.json<CcClosureSet>('GET', `${CLOSURES}/${set.closure_set_id}`)).closures).toEqual(set.closures);
    }
  });
});
