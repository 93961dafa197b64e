import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../../testing/harness';
import type { Harness } from '../../testing/harness';
import { LARGE, scenarioAccount } from './registry';

const NOW = new Date('2026-12-01T00:00:00Z');

describe('generated scenarios', () => {
  it('large: 300 auto receptionists, 100 call queues, 2,000 users; holidays on every site, every auto receptionist and queue; closures in Contact Center', () => {
    const { state } = scenarioAccount('large', 'test', NOW);
    expect(state.autoReceptionists).toHaveLength(300);
    expect(state.callQueues).toHaveLength(100);
    expect(state.users).toHaveLength(2000);
    expect(state.sites).toHaveLength(LARGE.sites);
    for (const e of [...state.autoReceptionists, ...state.callQueues]) expect(e.holidays.length, e.name).toBe(LARGE.holidaysPerSite);
    for (const s of state.sites) expect(state.autoReceptionists.filter((a) => a.siteId === s.id && a.primary)).toHaveLength(1);
    expect(state.contactCenter.closureSets.every((c) => c.closures.length > 0)).toBe(true);
    expect(new Set(state.users.map((u) => u.extensionNumber)).size).toBe(2000);
    expect(new Set(state.phoneNumbers.map((p) => p.number)).size).toBe(state.phoneNumbers.length);
  });

  it('same seed and now → the same account', () => {
    expect(scenarioAccount('routing-clean', 'x', NOW).state).toEqual(scenarioAccount('routing-clean', 'x', NOW).state);
  });

  it('routing-problems is routing-clean with its plants: more auto receptionists, a deactivated user, a removed audio, a number not in E.164', () => {
    const clean = scenarioAccount('routing-clean', 'x', NOW).state;
    const planted = scenarioAccount('routing-problems', 'x', NOW).state;
    expect(planted.autoReceptionists.map((a) => a.name)).toEqual([...clean.autoReceptionists.map((a) => a.name), 'Loop One', 'Loop Two', 'Dead Keys']);
    expect(planted.users.filter((u) => u.status === 'deactivate').map((u) => u.name)).toEqual(['Former Employee']);
    expect(planted.audios.some((a) => a.removed)).toBe(true);
    expect(planted.externalContacts.some((c) => c.phoneNumbers.includes('02 5550 9999'))).toBe(true);
  });
});

describe('POST /__sim/scenario', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('switches the account; reset goes back to the demo account; an unknown name is a 400', async () => {
    expect((await h.control('POST', '/scenario', { name: 'routing-clean' })).status).toBe(204);
    const ars = await h.json<{ auto_receptionists: { name: string }[] }>('GET', '/phone/auto_receptionists?page_size=100');
    expect(ars.auto_receptionists.map((a) => a.name)).toContain('Main Line – Sydney');
    expect(ars.auto_receptionists).toHaveLength(4);
    expect((await h.control('POST', '/scenario', { name: 'nope' })).status).toBe(400);
    await h.control('POST', '/reset');
    const demo = await h.json<{ auto_receptionists: { name: string }[] }>('GET', '/phone/auto_receptionists?page_size=100');
    expect(demo.auto_receptionists.map((a) => a.name)).toContain('Support Menu');
  });
});
