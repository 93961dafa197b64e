import { describe, expect, it } from 'vitest';
import { KEYS as IVR_KEYS } from '../phone/ivr/rules';
import { seedAccount } from './account';
import { localMidnightUtc, upcomingHolidays } from './holidays';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('seeded demo account', () => {
  it('is deterministic: same seed and now → identical account; another seed → other ids', () => {
    const a = seedAccount('switchboard-demo', NOW).state;
    const b = seedAccount('switchboard-demo', NOW).state;
    expect(b).toEqual(a);
    const c = seedAccount('other-seed', NOW).state;
    expect(c.users.map((u) => u.id)).not.toEqual(a.users.map((u) => u.id));
  });

  it('ids look like Zoom’s 22-character url-safe base64 and are unique', () => {
    const s = seedAccount('switchboard-demo', NOW).state;
    const ids = [
      ...s.sites.map((x) => x.id),
      ...s.users.flatMap((x) => [x.id, x.extensionId]),
      ...s.callQueues.flatMap((x) => [x.id, x.extensionId]),
      ...s.autoReceptionists.flatMap((x) => [x.id, x.extensionId, ...x.holidays.map((h) => h.id)]),
      ...s.audios.map((x) => x.audioId),
      ...s.phoneNumbers.map((x) => x.id),
    ];
    expect(ids.every((id) => /^[A-Za-z0-9_-]{22}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the promised sizes: 3 sites in 3 time zones (one southern), 40 users, 8 queues, 7 ARs, 20 prompts', () => {
    const s = seedAccount('switchboard-demo', NOW).state;
    expect(s.sites.map((x) => x.timezone)).toEqual(['America/Los_Angeles', 'Europe/London', 'Australia/Sydney']);
    expect(s.users).toHaveLength(40);
    expect(new Set(s.users.map((u) => u.extensionNumber)).size).toBe(40);
    expect(new Set(s.users.map((u) => u.email)).size).toBe(40);
    expect(s.callQueues).toHaveLength(8);
    expect(s.callQueues.every((q) => q.memberUserIds.length >= 3)).toBe(true);
    expect(s.autoReceptionists).toHaveLength(7);
    expect(s.autoReceptionists.filter((a) => a.primary)).toHaveLength(3);
    expect(s.audios).toHaveLength(20);
    expect(s.sharedLineGroups.length).toBeGreaterThan(0);
    expect(s.commonAreas.length).toBeGreaterThan(0);
    expect(s.externalContacts.length).toBeGreaterThan(0);
    expect(s.phoneNumbers.some((p) => p.assigneeExtensionId === null)).toBe(true);
  });

  it('menus nest: the SF main line reaches other ARs and queues, and two ARs point at each other', () => {
    const s = seedAccount('switchboard-demo', NOW).state;
    const byExt = new Map(s.autoReceptionists.map((a) => [a.extensionId, a]));
    const arTargets = (name: string) => {
      const ar = s.autoReceptionists.find((a) => a.name === name);
      return IVR_KEYS.flatMap((k) => {
        const t = ar?.businessMenu.keys[k];
        return t?.action === 6 && t.extensionId ? [byExt.get(t.extensionId)?.name] : [];
      });
    };
    expect(arTargets('Main Line – San Francisco')).toEqual(expect.arrayContaining(['Support Menu', 'International Menu']));
    expect(arTargets('Support Menu')).toContain('Main Line – San Francisco');
    for (const ar of s.autoReceptionists) expect(ar.closedMenu).not.toEqual(ar.businessMenu);
  });

  it('holidays cover the next 12 months from `now`, as local days in the AR’s time zone', () => {
    const s = seedAccount('switchboard-demo', NOW).state;
    const syd = s.autoReceptionists.find((a) => a.name === 'Main Line – Sydney');
    const names = syd?.holidays.map((h) => h.name) ?? [];
    expect(names).toEqual(['Good Friday', 'Anzac Day', "King's Birthday", 'Labour Day', 'Christmas Day', 'Boxing Day', "New Year's Day", 'Australia Day']);
    const anzac = syd?.holidays.find((h) => h.name === 'Anzac Day');
    // 25 April 2026 00:00 in Sydney (AEST, UTC+10) is 24 April 14:00 UTC.
    expect(anzac).toMatchObject({ from: '2026-04-24T14:00:00Z', to: '2026-04-25T13:59:00Z' });
    const christmas = syd?.holidays.find((h) => h.name === 'Christmas Day');
    // Summer time (AEDT, UTC+11).
    expect(christmas).toMatchObject({ from: '2026-12-24T13:00:00Z', to: '2026-12-25T12:59:00Z' });
    for (const h of syd?.holidays ?? []) expect(h.from).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('computes movable feasts and DST-correct midnights', () => {
    expect(upcomingHolidays('US', 'America/Los_Angeles', new Date('2026-11-01T00:00:00Z')).find((h) => h.name === 'Thanksgiving')?.from).toBe('2026-11-26T08:00:00Z');
    expect(upcomingHolidays('GB', 'Europe/London', new Date('2027-01-02T00:00:00Z')).find((h) => h.name === 'Good Friday')?.from).toBe('2027-03-26T00:00:00Z');
    expect(new Date(localMidnightUtc(2026, 7, 4, 'America/Los_Angeles')).toISOString()).toBe('2026-07-04T07:00:00.000Z');
  });
});
