// Test support: a small account with the routes the scripted traces walk —
// a Sydney main line with a Christmas Day holiday menu, a sub-menu for
// previous/root keys, queues open, closed and empty, a Contact Center entry
// point whose queue closes every 25 December, two auto receptionists that
// send calls to each other, and weekend lines in Los Angeles and Sydney for
// the clock changes.
import { routingSnapshotSchema, type RoutingSnapshot, type RoutingSnapshotInput } from '../routing/snapshot';
import { allDayWeek, key, menu, noKey, officeWeek, route } from './routing-builders';
import { demoContactCenter } from './routing-demo-cc';

export const SYD = 'Australia/Sydney';
export const LA = 'America/Los_Angeles';

/** Extension ids, by role. */
export const X = {
  main: 'ext-main',
  billing: 'ext-billing',
  loopA: 'ext-loop-a',
  loopB: 'ext-loop-b',
  laLine: 'ext-la-line',
  sydWeekend: 'ext-syd-weekend',
  supportAu: 'ext-support-au',
  supportUs: 'ext-support-us',
  escalations: 'ext-escalations',
  maria: 'ext-maria',
  ravi: 'ext-ravi',
  tom: 'ext-tom',
  reception: 'ext-reception',
  lobby: 'ext-lobby',
  goneQueue: 'ext-gone-queue',
  goneUser: 'ext-gone-user',
} as const;

export const NUMBERS = {
  main: '+61290000000',
  care: '+61290000100',
  loop: '+61290000200',
  unassigned: '+61290000300',
  maria: '+61290000400',
  la: '+12135550100',
  sydWeekend: '+61290000500',
  outside: '+61299990000',
} as const;

const members = (n: number) => Array.from({ length: n }, (_, i) => ({ extensionId: `ext-agent-${i + 1}`, name: `Agent ${i + 1}` }));

const ar = (id: string, extensionId: string, name: string, extensionNumber: string, siteId: string) => ({
  id,
  extensionId,
  name,
  extensionNumber,
  siteId,
});

export function demoSnapshotInput(): RoutingSnapshotInput {
  const christmasMenu = menu({ '1': key.user(X.maria), '2': key.callQueue(X.supportAu), '0': key.ownVoicemail() }, noKey.disconnect(), 'audio-christmas');
  return {
    takenAt: '2026-12-01T00:00:00Z',
    defaultCountry: 'AU',
    sites: [
      { id: 'site-syd', name: 'Sydney' },
      { id: 'site-la', name: 'Los Angeles' },
    ],
    phoneNumbers: [
      { number: NUMBERS.main, assignee: { type: 'extension', extensionId: X.main } },
      { number: NUMBERS.care, assignee: { type: 'ccEntryPoint', entryPointId: 'ep-care' } },
      { number: NUMBERS.loop, assignee: { type: 'extension', extensionId: X.loopA } },
      { number: NUMBERS.unassigned, assignee: null },
      { number: NUMBERS.maria, assignee: { type: 'extension', extensionId: X.maria } },
      { number: NUMBERS.la, assignee: { type: 'extension', extensionId: X.laLine } },
      { number: NUMBERS.sydWeekend, assignee: { type: 'extension', extensionId: X.sydWeekend } },
    ],
    autoReceptionists: [
      {
        ...ar('ar-main', X.main, 'Main Line – Sydney', '1000', 'site-syd'),
        hours: {
          schedule: officeWeek(SYD),
          holidays: [{ id: 'hol-xmas', name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59', routing: route.menu(), menu: christmasMenu }],
          closedRouting: route.menu(),
        },
        menus: {
          business: menu(
            {
              '1': key.user(X.maria),
              '2': key.callQueue(X.supportAu),
              '3': key.contactCenter('ep-care'),
              '4': key.autoReceptionist(X.billing),
              '5': key.phoneNumber(NUMBERS.outside),
              '6': key.externalContact('xc-acme'),
              '7': key.disabled(),
              '8': key.callQueue(X.escalations),
              '9': { ...key.callQueue(X.goneQueue), target: { extensionId: X.goneQueue, name: 'Old Support' } },
              '*': key.repeat(),
              '#': key.previous(),
            },
            noKey.forward(key.callQueue(X.supportAu), 2),
            'audio-welcome',
          ),
          closed: menu({ '1': key.callQueue(X.supportAu), '2': key.userVoicemail(X.goneUser), '3': key.sharedLineGroup(X.reception) }, noKey.disconnect()),
        },
      },
      {
        ...ar('ar-billing', X.billing, 'Billing Menu', '1100', 'site-syd'),
        hours: { schedule: allDayWeek(SYD) },
        menus: {
          business: menu({ '1': key.user(X.ravi), '2': key.autoReceptionist(X.main), '3': key.user(X.tom), '*': key.root(), '#': key.previous() }, noKey.disconnect(1)),
          closed: menu({}),
        },
      },
      {
        ...ar('ar-loop-a', X.loopA, 'Loop A', '1201', 'site-syd'),
        hours: { schedule: allDayWeek(SYD) },
        menus: { business: menu({ '1': key.autoReceptionist(X.loopB) }, noKey.forward(key.autoReceptionist(X.loopB))), closed: menu({}) },
      },
      {
        ...ar('ar-loop-b', X.loopB, 'Loop B', '1202', 'site-syd'),
        hours: { schedule: allDayWeek(SYD) },
        menus: { business: menu({ '1': key.autoReceptionist(X.loopA) }, noKey.forward(key.autoReceptionist(X.loopA))), closed: menu({}) },
      },
      {
        ...ar('ar-la', X.laLine, 'Los Angeles Weekend Line', '3000', 'site-la'),
        hours: {
          schedule: { timezone: LA, days: { ...officeWeek(LA).days, sun: { type: 'ranges', ranges: [{ from: '03:00', to: '12:00' }] } } },
          closedRouting: route.voicemail(),
        },
        menus: { business: menu({ '1': key.user(X.maria) }), closed: menu({}) },
      },
      {
        ...ar('ar-syd-weekend', X.sydWeekend, 'Sydney Weekend Line', '1500', 'site-syd'),
        hours: {
          schedule: { timezone: SYD, days: { ...officeWeek(SYD).days, sun: { type: 'ranges', ranges: [{ from: '02:30', to: '17:00' }] } } },
          closedRouting: route.voicemail(),
        },
        menus: { business: menu({ '1': key.user(X.maria) }), closed: menu({}) },
      },
    ],
    callQueues: [
      {
        id: 'cq-support-au',
        extensionId: X.supportAu,
        name: 'Support AU',
        extensionNumber: '1300',
        siteId: 'site-syd',
        hours: { schedule: officeWeek(SYD), closedRouting: route.callQueue(X.supportUs) },
        members: members(5),
        distribution: { ringMode: 'simultaneous', maxWaitSeconds: 300 },
        overflow: route.voicemail(),
      },
      {
        id: 'cq-support-us',
        extensionId: X.supportUs,
        name: 'Support US',
        extensionNumber: '3300',
        siteId: 'site-la',
        hours: { schedule: officeWeek(LA), closedRouting: route.voicemail() },
        members: members(3),
        distribution: { ringMode: 'longest_idle', maxWaitSeconds: 120 },
        overflow: route.voicemail(),
      },
      {
        id: 'cq-escalations',
        extensionId: X.escalations,
        name: 'Escalations',
        extensionNumber: '1310',
        siteId: 'site-syd',
        hours: { schedule: allDayWeek(SYD) },
        members: [],
        distribution: { ringMode: 'sequential', maxWaitSeconds: 60 },
        overflow: route.user(X.maria),
      },
    ],
    users: [
      { id: 'u-maria', extensionId: X.maria, name: 'Maria Lopez', extensionNumber: '1012', siteId: 'site-syd' },
      { id: 'u-ravi', extensionId: X.ravi, name: 'Ravi Patel', extensionNumber: '1013', siteId: 'site-syd' },
      { id: 'u-tom', extensionId: X.tom, name: 'Tom Former', extensionNumber: '1014', siteId: 'site-syd', status: 'inactive' },
    ],
    sharedLineGroups: [
      { id: 'slg-reception', extensionId: X.reception, name: 'Reception', extensionNumber: '1400', siteId: 'site-syd', members: members(2) },
    ],
    commonAreas: [{ id: 'ca-lobby', extensionId: X.lobby, name: 'Lobby', extensionNumber: '1099', siteId: 'site-syd' }],
    audio: [
      { id: 'audio-welcome', name: 'Welcome (Sydney).mp3' },
      { id: 'audio-christmas', name: 'Christmas greeting.mp3' },
      { id: 'greeting-1', name: 'Leave a message.mp3' },
    ],
    externalContacts: [{ id: 'xc-acme', name: 'Acme Facilities', phoneNumbers: ['+61298765432'] }],
    contactCenter: demoContactCenter(),
  };
}

export const demoSnapshot = (): RoutingSnapshot => routingSnapshotSchema.parse(demoSnapshotInput());
