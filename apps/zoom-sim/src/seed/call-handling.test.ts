import { describe, expect, it } from 'vitest';
import type { CallHandled } from '../state/call-handling';
import { seedAccount } from './account';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('seeded call handling', () => {
  const s = seedAccount('switchboard-demo', NOW).state;
  const all: Array<CallHandled & { siteId: string }> = [...s.users, ...s.callQueues, ...s.autoReceptionists, ...s.sharedLineGroups];

  it('gives every extension hours: some 24/7, most office hours, a few with Saturday mornings', () => {
    expect(all.every((x) => x.callHandling.days.length === 7)).toBe(true);
    expect(all.filter((x) => x.callHandling.hoursType === 1).length).toBeGreaterThan(5);
    expect(all.filter((x) => x.callHandling.hoursType === 2).length).toBeGreaterThan(10);
    const saturday = all.filter((x) => x.callHandling.hoursType === 2 && x.callHandling.days.some((d) => d.weekday === 7 && d.type === 2));
    expect(saturday.length).toBeGreaterThanOrEqual(1);
  });

  it('has holidays on every site, and on each site one that some siblings have and others lack', () => {
    for (const site of s.sites) {
      const siblings = all.filter((x) => x.siteId === site.id && x.holidays.length > 0);
      expect(siblings.length).toBeGreaterThan(1);
      const names = siblings.map((x) => new Set(x.holidays.map((h) => h.name)));
      const some = [...new Set(names.flatMap((n) => [...n]))].filter((n) => names.some((set) => set.has(n)) && names.some((set) => !set.has(n)));
      expect(some.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic and keeps the ids drawn before it (seeded last)', () => {
    const again = seedAccount('switchboard-demo', NOW).state;
    expect(again.callQueues.map((q) => q.holidays)).toEqual(s.callQueues.map((q) => q.holidays));
    const ids = all.flatMap((x) => x.holidays.map((h) => h.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every holiday of a call queue or shared line group has its handling; closed routing differs between queues', () => {
    for (const x of [...s.callQueues, ...s.sharedLineGroups]) {
      for (const h of x.holidays) expect(x.callHandling.holidays[h.id]).toBeDefined();
    }
    expect(new Set(s.callQueues.map((q) => q.callHandling.closed.routing.action)).size).toBeGreaterThan(3);
  });
});
