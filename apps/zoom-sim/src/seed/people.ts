// Sites and the people in them: 3 sites on three continents, 40 users.
import { defaultCallHandling } from '../phone/call-handling/defaults';
import type { SiteRecord, UserRecord } from '../state/records';
import type { Prng } from './prng';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES } from './names';

export const SITE_PLAN = [
  { name: 'San Francisco', timezone: 'America/Los_Angeles', country: { code: 'US', name: 'United States' }, users: 16, firstExt: 1001 },
  { name: 'London', timezone: 'Europe/London', country: { code: 'GB', name: 'United Kingdom' }, users: 14, firstExt: 2001 },
  { name: 'Sydney', timezone: 'Australia/Sydney', country: { code: 'AU', name: 'Australia' }, users: 10, firstExt: 3001 },
] as const;

export function seedSites(prng: Prng): SiteRecord[] {
  return SITE_PLAN.map((p, i) => ({
    id: prng.id(),
    name: p.name,
    siteCode: i + 1,
    country: { ...p.country },
    timezone: p.timezone,
    mainAutoReceptionistId: '',
  }));
}

const emailPart = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

export function seedUsers(prng: Prng, sites: SiteRecord[]): UserRecord[] {
  const firsts = prng.sample(FIRST_NAMES, 40);
  const users: UserRecord[] = [];
  SITE_PLAN.forEach((plan, siteIndex) => {
    const site = sites[siteIndex] as SiteRecord;
    for (let i = 0; i < plan.users; i++) {
      const first = firsts[users.length] as string;
      const last = prng.pick(LAST_NAMES);
      users.push({
        id: prng.id(),
        extensionId: prng.id(),
        extensionNumber: plan.firstExt + i,
        siteId: site.id,
        name: `${first} ${last}`,
        email: `${emailPart(first)}.${emailPart(last)}@example.com`,
        department: i === 0 ? 'Operations' : prng.pick(DEPARTMENTS),
        timezone: plan.timezone,
        holidays: [],
        callHandling: defaultCallHandling('user'),
      });
    }
  });
  return users;
}
