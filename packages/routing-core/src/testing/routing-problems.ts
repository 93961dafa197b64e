// Test support: an account with no routing problem, and the same account with
// exactly one problem of each kind planted in it.
import type { RoutingSnapshotInput } from '../routing/snapshot';
import { allDayWeek, deadMenu, key, menu, noKey, officeWeek, route } from './routing-builders';

const SYD = 'Australia/Sydney';
const christmas = (id: string, routing = route.menu()) => ({ id, name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59', routing, menu: menu({}) });

export function cleanSnapshotInput(): RoutingSnapshotInput {
  return {
    takenAt: '2026-12-01T00:00:00Z',
    defaultCountry: 'AU',
    sites: [{ id: 'syd', name: 'Sydney' }, { id: 'lab', name: 'Lab' }],
    phoneNumbers: [
      { number: '+61290000000', assignee: { type: 'extension', extensionId: 'ext-main' } },
      { number: '+61290000100', assignee: { type: 'ccEntryPoint', entryPointId: 'ep-1' } },
      { number: '+61290000300', assignee: null },
    ],
    autoReceptionists: [
      {
        id: 'ar-main',
        extensionId: 'ext-main',
        name: 'Main',
        extensionNumber: '1000',
        siteId: 'syd',
        hours: { schedule: officeWeek(SYD), holidays: [christmas('hol-main')], closedRouting: route.menu() },
        menus: {
          business: menu({ '1': key.user('ext-maria'), '2': key.callQueue('ext-support'), '3': key.contactCenter('ep-1'), '8': key.externalContact('xc-1') }, noKey.disconnect(), 'audio-1'),
          closed: menu({ '1': key.queueVoicemail('ext-support', 'greeting-1') }),
        },
      },
      {
        id: 'ar-sales',
        extensionId: 'ext-sales',
        name: 'Sales',
        extensionNumber: '1100',
        siteId: 'syd',
        hours: { schedule: officeWeek(SYD), holidays: [christmas('hol-sales', route.voicemail())], closedRouting: route.voicemail() },
        menus: { business: menu({ '1': key.user('ext-ravi') }, noKey.disconnect(), 'audio-1'), closed: menu({}) },
      },
    ],
    callQueues: [
      {
        id: 'cq-support',
        extensionId: 'ext-support',
        name: 'Support',
        extensionNumber: '1300',
        siteId: 'syd',
        hours: { schedule: officeWeek(SYD), closedRouting: route.voicemail() },
        members: [{ extensionId: 'ext-maria', name: 'Maria Lopez' }, { extensionId: 'ext-ravi', name: 'Ravi Patel' }],
        distribution: { ringMode: 'rotating', maxWaitSeconds: 120 },
        overflow: route.voicemail(),
      },
    ],
    users: [
      { id: 'u-maria', extensionId: 'ext-maria', name: 'Maria Lopez', extensionNumber: '1012', siteId: 'syd' },
      { id: 'u-ravi', extensionId: 'ext-ravi', name: 'Ravi Patel', extensionNumber: '1013', siteId: 'syd' },
      { id: 'u-tom', extensionId: 'ext-tom', name: 'Tom Former', extensionNumber: '1014', siteId: 'syd', status: 'inactive' },
    ],
    externalContacts: [{ id: 'xc-1', name: 'Acme', phoneNumbers: ['+61298765432'] }],
    contactCenter: {
      entryPoints: [{ id: 'ep-1', name: 'Care', flowId: 'flow-1' }],
      flows: [{ id: 'flow-1', name: 'Care inbound', queueId: 'ccq-1' }],
      queues: [{ id: 'ccq-1', name: 'Care', businessHoursId: 'bh-1', closureSetId: 'cs-1', agentCount: 4, overflow: { kind: 'goodbye' } }],
      businessHours: [{ id: 'bh-1', name: 'Care hours', schedule: officeWeek(SYD) }],
      closureSets: [{ id: 'cs-1', name: 'Closures', timezone: SYD, closures: [] }],
    },
  };
}

/** Every key disabled but 1, which (like "no key pressed") forwards to `to`. */
function loopMenu(to: string) {
  const m = deadMenu(noKey.forward(key.autoReceptionist(to)));
  return { ...m, keys: { ...m.keys, '1': key.autoReceptionist(to) } };
}

/** The clean account with exactly one problem of each kind. */
export function plantedSnapshotInput(): RoutingSnapshotInput {
  const s = cleanSnapshotInput();
  const [main, sales] = s.autoReceptionists!;
  const keys = main!.menus.business.keys;
  keys['4'] = key.callQueue('ext-gone'); // target_deleted
  keys['5'] = key.user('ext-tom'); // target_disabled
  keys['6'] = key.userVoicemail('ext-gone-user'); // voicemail_of_nobody
  keys['7'] = key.phoneNumber('02 9999 0000'); // external_not_e164
  sales!.menus.business.prompt = { id: 'removed_welcome' }; // audio_deleted
  const labAr = (id: string, name: string, business: ReturnType<typeof menu>) => ({
    id: `ar-${id}`,
    extensionId: `ext-${id}`,
    name,
    siteId: 'lab',
    hours: { schedule: allDayWeek(SYD) },
    menus: { business, closed: menu({}) },
  });
  s.autoReceptionists!.push(
    // loop_without_exit: A and B lead only to each other
    labAr('loop-a', 'Loop A', loopMenu('ext-loop-b')),
    labAr('loop-b', 'Loop B', loopMenu('ext-loop-a')),
    // menu_without_usable_key
    labAr('dead-end', 'Dead End', deadMenu(noKey.disconnect())),
    // holiday_missing: Main and Sales close for Christmas Day, Reception does not
    {
      id: 'ar-reception',
      extensionId: 'ext-reception',
      name: 'Reception',
      siteId: 'syd',
      hours: { schedule: officeWeek(SYD), closedRouting: route.voicemail() },
      menus: { business: menu({ '1': key.user('ext-maria') }), closed: menu({}) },
    },
  );
  // queue_without_members
  s.callQueues!.push({
    id: 'cq-empty',
    extensionId: 'ext-empty',
    name: 'Empty',
    hours: { schedule: allDayWeek(SYD) },
    members: [],
    distribution: { ringMode: 'simultaneous' },
    overflow: route.voicemail(),
  });
  // closed_routing_not_set: Ravi closes at 17:00 and nobody said where calls go then
  s.users![1] = { ...s.users![1]!, hours: { schedule: officeWeek(SYD), closedRouting: null } };
  return s;
}
