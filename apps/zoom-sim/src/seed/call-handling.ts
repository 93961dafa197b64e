// Call handling of the demo account: business hours for every extension (some
// open 24/7, most office hours in their site's zone, a few with Saturday
// mornings), where calls go when closed, and the site's public holidays on
// every call queue and shared line group. Each site has one extra day that
// only some of its extensions close for, so siblings differ. Seeded last:
// the ids drawn before stay as they were.
import { officeWeek } from '../phone/call-handling/defaults';
import type { CallHandled, CustomDay, RoutingState } from '../state/call-handling';
import type { AccountState, SiteRecord } from '../state/records';
import { HOLIDAY_CALENDARS, fixed, nthWeekday, upcomingDays } from './holidays';
import type { DateRule, HolidayCalendar } from './holidays';
import type { Prng } from './prng';

type Span = readonly [string, string];
type Week = 'always' | { weekdays: Span; saturday?: Span };

const office = (from: string, to: string, saturday?: Span): Week => ({ weekdays: [from, to], saturday });

/** Business hours by extension name; users are set by their place in the site. */
const HOURS: Record<string, Week> = {
  'Main Line – San Francisco': office('08:00', '18:00'),
  'Support Menu': office('08:00', '18:00', ['09:00', '12:00']),
  'International Menu': 'always',
  'After-Hours Emergency Line': 'always',
  'Main Line – London': office('09:00', '17:30'),
  'Main Line – Sydney': office('08:30', '17:00'),
  'Facilities & Services Line': office('07:00', '19:00'),
  Sales: office('08:00', '18:00'),
  'Technical Support': 'always',
  Billing: office('09:00', '17:00'),
  'UK Sales': office('09:00', '17:30'),
  'UK Support': office('08:00', '20:00', ['09:00', '13:00']),
  'EMEA Partners': office('09:00', '17:00'),
  'APAC Support': office('08:00', '18:00', ['09:00', '12:00']),
  'APAC Sales': office('09:00', '17:00'),
  'SF Front Desk': office('08:00', '18:00'),
  'Executive Assistants': office('09:00', '17:00'),
  'London Reception': office('09:00', '17:30'),
};

const dayAfter = (rule: DateRule): DateRule => (year) => {
  const { month, day } = rule(year);
  return { month, day: day + 1 };
};

/** One extra day per country that only the extensions named close for. */
const EXTRA_DAYS: Record<HolidayCalendar, { rule: readonly [string, DateRule]; closes: readonly string[] }> = {
  US: { rule: ['Day after Thanksgiving', dayAfter(nthWeekday(11, 4, 4))], closes: ['Sales', 'Billing', 'SF Front Desk'] },
  GB: { rule: ['Christmas Eve', fixed(12, 24)], closes: ['UK Sales', 'London Reception'] },
  AU: { rule: ['Bank Holiday (NSW)', nthWeekday(8, 1, 1)], closes: ['APAC Sales'] },
};

function weekDays(week: Week): { type: 1 | 2; days: CustomDay[] } {
  if (week === 'always') return { type: 1, days: officeWeek() };
  const days = officeWeek(...week.weekdays);
  if (week.saturday) days[6] = { weekday: 7, type: 2, from: week.saturday[0], to: week.saturday[1] };
  return { type: 2, days };
}

function setWeek(ext: CallHandled, week: Week) {
  const { type, days } = weekDays(week);
  ext.callHandling.hoursType = type;
  ext.callHandling.days = days;
}

export function seedCallHandling(prng: Prng, s: AccountState, now: Date) {
  const find = <T>(items: T[], name: (x: T) => string, wanted: string): T => {
    const found = items.find((x) => name(x) === wanted);
    if (!found) throw new Error(`seed: ${wanted} missing`);
    return found;
  };
  const cq = (name: string) => find(s.callQueues, (q) => q.name, name);
  const slg = (name: string) => find(s.sharedLineGroups, (g) => g.displayName, name);
  const ar = (name: string) => find(s.autoReceptionists, (a) => a.name, name);
  const audio = (name: string) => find(s.audios, (a) => a.name, name).audioId;
  const afterHours = ar('After-Hours Emergency Line').extensionId;
  const voicemail = (greeting: string): RoutingState => ({ action: 1, voicemailGreetingId: audio(greeting) });

  for (const a of s.autoReceptionists) setWeek(a, HOURS[a.name] ?? 'always');
  for (const q of s.callQueues) setWeek(q, HOURS[q.name] ?? 'always');
  for (const g of s.sharedLineGroups) setWeek(g, HOURS[g.displayName] ?? 'always');
  for (const site of s.sites) {
    s.users.filter((u) => u.siteId === site.id).forEach((u, i) => setWeek(u, i % 3 === 0 ? office('09:00', '17:00') : 'always'));
  }

  const closed: Array<[CallHandled, RoutingState]> = [
    [cq('Sales'), { action: 6, forwardToExtensionId: afterHours }],
    [cq('Technical Support'), voicemail('Support voicemail greeting')],
    [cq('Billing'), voicemail('Billing voicemail greeting')],
    [cq('UK Sales'), { action: 8, forwardToExtensionId: slg('London Reception').extensionId }],
    [cq('UK Support'), voicemail('Support voicemail greeting')],
    [cq('EMEA Partners'), { action: 12, messageGreetingId: audio('After-hours greeting (London)') }],
    [cq('APAC Support'), { action: 7, forwardToExtensionId: cq('Technical Support').extensionId }],
    [cq('APAC Sales'), voicemail('Sales voicemail greeting')],
    [slg('SF Front Desk'), { action: 6, forwardToExtensionId: afterHours }],
    [slg('London Reception'), { action: 9, forwardToExtensionId: find(s.externalContacts, (c) => c.name, 'Night Owl Answering Service').externalContactId }],
  ];
  // The San Francisco lead is the engineer on call: closed hours ring the on-call phone.
  const [sfLead] = s.users;
  if (sfLead) closed.push([sfLead, { action: 10, phoneNumber: '+14155550199', description: 'On-call phone', requirePress1: true }]);
  for (const [ext, routing] of closed) ext.callHandling.closed.routing = routing;
  cq('Sales').callHandling.business.routing = voicemail('Sales voicemail greeting');
  cq('Billing').callHandling.business.routing = voicemail('Billing voicemail greeting');

  const siteOf = (siteId: string) => find(s.sites, (x) => x.id, siteId);
  for (const ext of [...s.callQueues, ...s.sharedLineGroups]) {
    const site: SiteRecord = siteOf(ext.siteId);
    const calendar = site.country.code as HolidayCalendar;
    const extra = EXTRA_DAYS[calendar];
    const name = 'name' in ext ? ext.name : ext.displayName;
    const rules = extra.closes.includes(name) ? [...HOLIDAY_CALENDARS[calendar], extra.rule] : HOLIDAY_CALENDARS[calendar];
    ext.holidays = upcomingDays(rules, site.timezone, now).map((h) => ({ id: prng.id(), ...h }));
    // On a holiday calls go where they go when the line is closed.
    for (const h of ext.holidays) ext.callHandling.holidays[h.id] = structuredClone(ext.callHandling.closed);
  }
}
