// Generated accounts of any size, for the routing explorer's scenarios: sites
// on three continents, each with its public holidays (the next ones, a day
// each, on every auto receptionist and call queue of the site), office hours,
// closed-hours routing set, auto receptionists whose menus lead to the site's
// queues, users and the Contact Center, and call queues with members. Every
// generated account is free of routing problems (the "routing-problems"
// scenario plants them: problems.ts). Deterministic: same seed, size and
// `now` → same account.
import { defaultCallHandling, officeWeek } from '../../phone/call-handling/defaults';
import { emptyContactCenter } from '../../state/contact-center';
import type { CallHandlingState, HolidayRecord } from '../../state/call-handling';
import type {
  AccountState,
  AudioRecord,
  AutoReceptionistRecord,
  CallQueueRecord,
  ExternalContactRecord,
  PhoneNumberRecord,
  SiteRecord,
  UserRecord,
} from '../../state/records';
import { seedContactCenter } from '../contact-center/seed';
import { upcomingHolidays, type HolidayCalendar } from '../holidays';
import { menu, to } from '../menus';
import { FIRST_NAMES, LAST_NAMES } from '../names';
import { Prng } from '../prng';

export interface ScenarioSize {
  sites: number;
  autoReceptionists: number;
  callQueues: number;
  users: number;
  /** Holidays of each site (the next ones of its country). */
  holidaysPerSite: number;
}

const PLACES = [
  { city: 'Sydney', timezone: 'Australia/Sydney', country: { code: 'AU', name: 'Australia' }, prefix: '+6125551', calendar: 'AU' },
  { city: 'San Francisco', timezone: 'America/Los_Angeles', country: { code: 'US', name: 'United States' }, prefix: '+1415556', calendar: 'US' },
  { city: 'London', timezone: 'Europe/London', country: { code: 'GB', name: 'United Kingdom' }, prefix: '+4420795', calendar: 'GB' },
] as const;

/** Zoom's call-handling codes the generator uses: play the menu (auto receptionists), voicemail. */
const PLAY_MENU = 14;
const VOICEMAIL = 1;
const FORWARD_TO_QUEUE = 7;

const roundRobin = <T>(n: number, sites: readonly T[]) => Array.from({ length: n }, (_, i) => sites[i % sites.length] as T);

function officeHours(kind: 'autoReceptionist' | 'callQueue', holidays: HolidayRecord[], holidayRouting: (h: HolidayRecord, i: number) => { action: number; forwardToExtensionId?: string }): CallHandlingState {
  const ch = defaultCallHandling(kind);
  ch.hoursType = 2;
  ch.days = officeWeek('08:30', '17:30');
  ch.closed.routing = kind === 'autoReceptionist' ? { action: PLAY_MENU } : { action: VOICEMAIL };
  ch.holidays = Object.fromEntries(holidays.map((h, i) => [h.id, { routing: holidayRouting(h, i), forwarding: [], forwardingRequirePress1: true }]));
  return ch;
}

export function generatedAccount(seed: string, now: Date, size: ScenarioSize): { state: AccountState; prng: Prng } {
  const prng = new Prng(seed);
  const sites: SiteRecord[] = Array.from({ length: size.sites }, (_, i) => {
    const p = PLACES[i % PLACES.length]!;
    const n = Math.floor(i / PLACES.length) + 1;
    return { id: prng.id(), name: n === 1 ? p.city : `${p.city} ${n}`, siteCode: i + 1, country: { ...p.country }, timezone: p.timezone, mainAutoReceptionistId: '' };
  });
  const place = (s: SiteRecord) => PLACES[(s.siteCode - 1) % PLACES.length]!;
  const siteHolidays = new Map(
    sites.map((s) => [s.id, upcomingHolidays(place(s).calendar as HolidayCalendar, s.timezone, now).slice(0, size.holidaysPerSite)]),
  );
  const holidaysOf = (s: SiteRecord): HolidayRecord[] => (siteHolidays.get(s.id) ?? []).map((h) => ({ id: prng.id(), ...h }));

  let ext = 10000;
  const users: UserRecord[] = roundRobin(size.users, sites).map((site, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    return {
      id: prng.id(),
      extensionId: prng.id(),
      extensionNumber: ext++,
      siteId: site.id,
      name: `${first} ${last}${i >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${i}` : ''}`,
      email: `user${i + 1}@example.com`,
      department: 'Support',
      timezone: site.timezone,
      holidays: [],
      callHandling: defaultCallHandling('user'),
    };
  });
  const usersOf = (s: SiteRecord) => users.filter((u) => u.siteId === s.id);

  ext = 20000;
  const callQueues: CallQueueRecord[] = roundRobin(size.callQueues, sites).map((site, i) => {
    const holidays = holidaysOf(site);
    const members = usersOf(site);
    return {
      id: prng.id(),
      extensionId: prng.id(),
      extensionNumber: ext++,
      siteId: site.id,
      name: `${site.name} Queue ${Math.floor(i / sites.length) + 1}`,
      timezone: site.timezone,
      memberUserIds: members.length ? prng.sample(members, Math.min(4, members.length)).map((u) => u.id) : [],
      holidays,
      callHandling: officeHours('callQueue', holidays, () => ({ action: VOICEMAIL })),
    };
  });
  const queuesOf = (s: SiteRecord) => callQueues.filter((q) => q.siteId === s.id);

  const owner = users[0]!;
  const audios: AudioRecord[] = ['Welcome', 'After hours', 'Holiday'].map((name) => ({
    audioId: prng.id(),
    name: `${name} greeting`,
    text: `${name}.`,
    voiceLanguage: 'en-US',
    voiceAccent: 'Joanna-Female',
    ownerUserId: owner.id,
    removed: false,
  }));
  const [welcome, afterHours, holidayAudio] = audios as [AudioRecord, AudioRecord, AudioRecord];

  const contactCenterEntryPoints = [
    { entryId: prng.id(), name: 'Customer Care – Voice', number: '+14155560170', language: 'en-US' },
    { entryId: prng.id(), name: 'APAC Care – Voice', number: '+61255510170', language: 'en-AU' },
  ];

  ext = 30000;
  const autoReceptionists: AutoReceptionistRecord[] = roundRobin(size.autoReceptionists, sites).map((site, i) => {
    const n = Math.floor(i / sites.length) + 1;
    const queues = queuesOf(site);
    const people = usersOf(site);
    const queue = queues[i % Math.max(1, queues.length)];
    const person = people[i % Math.max(1, people.length)];
    const holidays = holidaysOf(site);
    const ar: AutoReceptionistRecord = {
      id: prng.id(),
      extensionId: prng.id(),
      extensionNumber: ext++,
      siteId: site.id,
      name: n === 1 ? `Main Line – ${site.name}` : `${site.name} Line ${n}`,
      timezone: site.timezone,
      audioPromptLanguage: 'en-US',
      department: null,
      costCenter: null,
      primary: n === 1,
      holidays,
      businessMenu: menu(
        welcome.audioId,
        {
          ...(queue ? { '1': to.callQueue(queue) } : {}),
          ...(person ? { '2': to.user(person) } : {}),
          ...(n === 1 ? { '4': to.contactCenter(contactCenterEntryPoints[site.country.code === 'AU' ? 1 : 0]!) } : {}),
          '0': to.ownVoicemail(),
        },
        queue ? { action: 7, repeat: 2, forwardToExtensionId: queue.extensionId } : undefined,
      ),
      closedMenu: menu(afterHours.audioId, { '0': to.ownVoicemail(), ...(queue ? { '1': to.queueVoicemail(queue, afterHours.audioId) } : {}) }),
      holidayMenus: {},
      // the first holiday plays its own menu, the others send calls to the site's queue
      callHandling: officeHours('autoReceptionist', holidays, (_h, k) =>
        k === 0 || !queue ? { action: PLAY_MENU } : { action: FORWARD_TO_QUEUE, forwardToExtensionId: queue.extensionId },
      ),
    };
    if (holidays[0]) ar.holidayMenus[holidays[0].id] = menu(holidayAudio.audioId, { '0': to.ownVoicemail(), ...(person ? { '1': to.user(person) } : {}) });
    return ar;
  });
  for (const ar of autoReceptionists) if (ar.primary) sites.find((s) => s.id === ar.siteId)!.mainAutoReceptionistId = ar.id;

  const externalContacts: ExternalContactRecord[] = [
    { externalContactId: prng.id(), id: 'external_contact_01', name: 'Night Owl Answering Service', email: 'answering@nightowl.example', description: 'After-hours answering', extensionNumber: '9001', phoneNumbers: ['+14155550190'] },
  ];

  const phoneNumbers: PhoneNumberRecord[] = [];
  const counters = new Map<string, number>();
  const number = (site: SiteRecord, assigneeExtensionId: string | null) => {
    const n = (counters.get(site.id) ?? 0) + 1;
    counters.set(site.id, n);
    phoneNumbers.push({ id: prng.id(), number: `${place(site).prefix}${String(site.siteCode).padStart(2, '0')}${String(n).padStart(3, '0')}`, siteId: site.id, assigneeExtensionId, numberType: 'toll' });
  };
  for (const ar of autoReceptionists) number(sites.find((s) => s.id === ar.siteId)!, ar.extensionId);
  for (const q of callQueues) number(sites.find((s) => s.id === q.siteId)!, q.extensionId);

  const state: AccountState = {
    accountOwnerUserId: owner.id,
    sites,
    users,
    callQueues,
    autoReceptionists,
    sharedLineGroups: [],
    commonAreas: [],
    externalContacts,
    phoneNumbers,
    audios,
    zoomRooms: [],
    ciscoRooms: [],
    contactCenterEntryPoints,
    meetingServices: [],
    contactCenter: emptyContactCenter(owner.id),
  };
  state.contactCenter = seedContactCenter(seed, state, now);
  return { state, prng };
}
