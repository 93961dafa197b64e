// The deterministic demo account. Same seed and `now` → same account, ids
// included. See README "Seeded demo account" for the map of what routes where.
import type {
  AccountState,
  AudioRecord,
  AutoReceptionistRecord,
  CallQueueRecord,
  CommonAreaRecord,
  ExternalContactRecord,
  PhoneNumberRecord,
  SharedLineGroupRecord,
  SiteRecord,
  UserRecord,
} from '../state/records';
import { emptyContactCenter } from '../state/contact-center';
import { defaultCallHandling } from '../phone/call-handling/defaults';
import { seedCallHandling } from './call-handling';
import { seedContactCenter } from './contact-center/seed';
import { upcomingHolidays } from './holidays';
import type { HolidayCalendar } from './holidays';
import { defaultMenu } from './menus';
import { AUDIO_PROMPTS } from './names';
import { seedSites, seedUsers } from './people';
import { Prng } from './prng';
import { seedMenus } from './routing';
import { seedServices } from './services';

export const DEFAULT_SEED = 'switchboard-demo';

const byName = <T extends { name: string }>(items: T[], name: string): T => {
  const found = items.find((i) => i.name === name);
  if (!found) throw new Error(`seed: ${name} missing`);
  return found;
};

export function seedAccount(seed: string, now: Date): { state: AccountState; prng: Prng } {
  const prng = new Prng(seed);
  const sites = seedSites(prng);
  const [sf, ldn, syd] = sites as [SiteRecord, SiteRecord, SiteRecord];
  const users = seedUsers(prng, sites);
  const inSite = (site: SiteRecord) => users.filter((u) => u.siteId === site.id);

  const queuePlan: Array<[string, SiteRecord]> = [
    ['Sales', sf], ['Technical Support', sf], ['Billing', sf], ['UK Sales', ldn],
    ['UK Support', ldn], ['EMEA Partners', ldn], ['APAC Support', syd], ['APAC Sales', syd],
  ];
  const callQueues: CallQueueRecord[] = queuePlan.map(([name, site], i) => ({
    id: prng.id(),
    extensionId: prng.id(),
    extensionNumber: 6001 + i,
    siteId: site.id,
    name,
    timezone: site.timezone,
    memberUserIds: prng.sample(inSite(site), prng.int(3, 6)).map((u) => u.id),
    holidays: [],
    callHandling: defaultCallHandling('callQueue'),
  }));

  const slgPlan: Array<[string, SiteRecord]> = [['SF Front Desk', sf], ['Executive Assistants', sf], ['London Reception', ldn]];
  const sharedLineGroups: SharedLineGroupRecord[] = slgPlan.map(([displayName, site], i) => ({
    id: prng.id(),
    extensionId: prng.id(),
    extensionNumber: 7001 + i,
    siteId: site.id,
    displayName,
    timezone: site.timezone,
    memberUserIds: prng.sample(inSite(site), 3).map((u) => u.id),
    holidays: [],
    callHandling: defaultCallHandling('sharedLineGroup'),
  }));

  const caPlan: Array<[string, SiteRecord]> = [['SF Lobby Phone', sf], ['SF Warehouse Dock', sf], ['London Kitchen', ldn], ['Sydney Boardroom', syd]];
  const commonAreas: CommonAreaRecord[] = caPlan.map(([displayName, site], i) => {
    const id = prng.id();
    return { id, extensionId: id, extensionNumber: 5001 + i, siteId: site.id, displayName };
  });

  const externalContacts: ExternalContactRecord[] = [
    ['Night Owl Answering Service', 'answering@nightowl.example', 'After-hours answering service', '+14155550190'],
    ['Bay IT Helpdesk', 'help@bayit.example', 'Managed IT vendor', '+14155550142'],
    ['Harbour Building Security', 'desk@harboursecurity.example', 'Sydney building security desk', '+61255500117'],
  ].map(([name, email, description, phone], i) => ({
    externalContactId: prng.id(),
    id: `external_contact_${String(i + 1).padStart(2, '0')}`,
    name: name as string,
    email: email as string,
    description: description as string,
    extensionNumber: String(9001 + i),
    phoneNumbers: [phone as string],
  }));

  const owner = users[0] as UserRecord;
  const audios: AudioRecord[] = AUDIO_PROMPTS.map(([name, text], i) => {
    const uk = /London|UK/.test(name);
    const au = /Sydney|AU/.test(name);
    return {
      audioId: prng.id(),
      name,
      text,
      voiceLanguage: uk || au ? 'en-GB' : 'en-US',
      voiceAccent: uk ? 'Amy-Female' : au ? 'Olivia-Female' : i % 2 ? 'Joey-Male' : 'Joanna-Female',
      ownerUserId: owner.id,
      removed: false,
    };
  });

  const arPlan: Array<[string, SiteRecord, boolean, HolidayCalendar | null]> = [
    ['Main Line – San Francisco', sf, true, 'US'],
    ['Support Menu', sf, false, null],
    ['International Menu', sf, false, null],
    ['After-Hours Emergency Line', sf, false, 'US'],
    ['Main Line – London', ldn, true, 'GB'],
    ['Main Line – Sydney', syd, true, 'AU'],
  ];
  const autoReceptionists: AutoReceptionistRecord[] = arPlan.map(([name, site, primary, calendar], i) => ({
    id: prng.id(),
    extensionId: prng.id(),
    extensionNumber: 8001 + i,
    siteId: site.id,
    name,
    timezone: site.timezone,
    audioPromptLanguage: site.country.code === 'GB' ? 'en-GB' : 'en-US',
    department: null,
    costCenter: null,
    primary,
    holidays: calendar
      ? upcomingHolidays(calendar, site.timezone, now).map((h) => ({ id: prng.id(), ...h }))
      : [],
    businessMenu: defaultMenu(),
    closedMenu: defaultMenu(),
    holidayMenus: {},
    callHandling: defaultCallHandling('autoReceptionist'),
  }));
  for (const ar of autoReceptionists) {
    if (ar.primary) (sites.find((s) => s.id === ar.siteId) as SiteRecord).mainAutoReceptionistId = ar.id;
  }

  const state: AccountState = {
    accountOwnerUserId: owner.id,
    sites,
    users,
    callQueues,
    autoReceptionists,
    sharedLineGroups,
    commonAreas,
    externalContacts,
    phoneNumbers: [],
    audios,
    zoomRooms: [],
    ciscoRooms: [],
    contactCenterEntryPoints: [],
    meetingServices: [],
    contactCenter: emptyContactCenter(owner.id),
  };
  seedMenus(state, byName);
  state.phoneNumbers = seedPhoneNumbers(prng, state);
  seedServices(prng, state);
  seedCallHandling(prng, state, now);
  // Last, from its own generator: the Phone account's ids do not move.
  state.contactCenter = seedContactCenter(seed, state, now);
  return { state, prng };
}

function seedPhoneNumbers(prng: Prng, s: AccountState): PhoneNumberRecord[] {
  const prefix: Record<string, string> = { US: '+1415555', GB: '+4420794600', AU: '+6125550' };
  const counters: Record<string, number> = { US: 100, GB: 10, AU: 1000 };
  const numbers: PhoneNumberRecord[] = [];
  const add = (siteId: string, assigneeExtensionId: string | null, numberType: 'toll' | 'tollfree' = 'toll') => {
    const site = s.sites.find((x) => x.id === siteId) as SiteRecord;
    const code = site.country.code;
    const n = (counters[code] = (counters[code] ?? 0) + 1);
    numbers.push({ id: prng.id(), number: `${prefix[code]}${String(n).padStart(code === 'GB' ? 2 : 4, '0')}`, siteId, assigneeExtensionId, numberType });
  };
  for (const ar of s.autoReceptionists) if (ar.primary) add(ar.siteId, ar.extensionId);
  for (const q of s.callQueues) add(q.siteId, q.extensionId);
  for (const g of s.sharedLineGroups) add(g.siteId, g.extensionId);
  for (const site of s.sites) {
    for (const u of s.users.filter((x) => x.siteId === site.id).slice(0, 4)) add(site.id, u.extensionId);
    add(site.id, null);
  }
  const sfMain = s.autoReceptionists[0] as AutoReceptionistRecord;
  add(sfMain.siteId, sfMain.extensionId, 'tollfree');
  return numbers;
}
