// The "routing-problems" scenario: the small generated account with exactly
// one routing problem of each kind the routing explorer reports planted in it
// (README "Scenarios"), each on an object named for it.
import { defaultCallHandling } from '../../phone/call-handling/defaults';
import type { AccountState, AutoReceptionistRecord, UserRecord } from '../../state/records';
import { menu, to } from '../menus';
import type { Prng } from '../prng';

const FORWARD_TO_AR = 6;

export function plantRoutingProblems(state: AccountState, prng: Prng): void {
  const [first, second] = state.autoReceptionists as [AutoReceptionistRecord, AutoReceptionistRecord];
  const site = state.sites[0]!;
  const queuesHere = state.callQueues.filter((q) => q.siteId === site.id);

  // 1. a key forwards to a user deleted from Zoom (its extension id is no one's)
  first.businessMenu.keys['5'] = { action: 2, extensionId: prng.id() };
  // 2. a key forwards to a deactivated user
  const former: UserRecord = {
    ...state.users[0]!,
    id: prng.id(),
    extensionId: prng.id(),
    extensionNumber: 19999,
    name: 'Former Employee',
    email: 'former@example.com',
    status: 'deactivate',
    holidays: [],
    callHandling: defaultCallHandling('user'),
  };
  state.users.push(former);
  second.businessMenu.keys['5'] = to.user(former);
  // 3. a greeting prompt deleted from the audio library
  const gone = { ...state.audios[0]!, audioId: prng.id(), name: 'Old greeting', removed: true };
  state.audios.push(gone);
  second.businessMenu.audioPromptId = gone.audioId;
  // 4. voicemail of a deleted user
  first.businessMenu.keys['6'] = { action: 200, extensionId: prng.id(), voicemailGreetingId: state.audios[1]!.audioId };
  // 5. two auto receptionists that only send calls to each other (open around the clock, on a site of their own)
  const lab = { id: prng.id(), name: 'Lab', siteCode: 99, country: { code: 'AU', name: 'Australia' }, timezone: 'Australia/Sydney', mainAutoReceptionistId: '' };
  state.sites.push(lab);
  const loopAr = (name: string, n: number): AutoReceptionistRecord => ({
    ...first,
    id: prng.id(),
    extensionId: prng.id(),
    extensionNumber: 39000 + n,
    siteId: lab.id,
    name,
    primary: n === 1,
    holidays: [],
    holidayMenus: {},
    callHandling: defaultCallHandling('autoReceptionist'),
  });
  const loopOne = loopAr('Loop One', 1);
  const loopTwo = loopAr('Loop Two', 2);
  const only = (other: AutoReceptionistRecord) => {
    const m = menu(null, { '0': to.disabled(), '1': to.autoReceptionist(other) }, { action: FORWARD_TO_AR, repeat: 1, forwardToExtensionId: other.extensionId });
    return m;
  };
  loopOne.businessMenu = only(loopTwo);
  loopOne.closedMenu = only(loopTwo);
  loopTwo.businessMenu = only(loopOne);
  loopTwo.closedMenu = only(loopOne);
  lab.mainAutoReceptionistId = loopOne.id;
  // 6. a menu where no key leads anywhere (its "no key pressed" forwards to a queue, so it is no dead end)
  const deadKeys = loopAr('Dead Keys', 3);
  const queue = queuesHere[0]!;
  deadKeys.businessMenu = menu(null, { '0': to.disabled() }, { action: 7, repeat: 1, forwardToExtensionId: queue.extensionId });
  deadKeys.closedMenu = deadKeys.businessMenu;
  state.autoReceptionists.push(loopOne, loopTwo, deadKeys);
  // 7. a call queue with no members (with its siblings' holidays)
  const empty = { ...queue, id: prng.id(), extensionId: prng.id(), extensionNumber: 29999, name: 'Empty Queue', memberUserIds: [], holidays: queue.holidays.map((h) => ({ ...h, id: prng.id() })), callHandling: structuredClone(queue.callHandling) };
  empty.callHandling.holidays = Object.fromEntries(empty.holidays.map((h, i) => [h.id, structuredClone(Object.values(queue.callHandling.holidays)[i]!)]));
  state.callQueues.push(empty);
  // 8. closed-hours routing never set
  queue.callHandling.closed.routingNeverSet = true;
  // 9. a queue missing a holiday both its siblings on the site have
  const sibling = queuesHere[1]!;
  const dropped = sibling.holidays.shift()!;
  delete sibling.callHandling.holidays[dropped.id];
  // 10. an external contact whose number is not in E.164, which a key forwards to
  const contact = { externalContactId: prng.id(), id: 'external_contact_02', name: 'Local Plumber', email: 'plumber@example.com', description: 'Typed in by hand', extensionNumber: '9002', phoneNumbers: ['02 5550 9999'] };
  state.externalContacts.push(contact);
  first.businessMenu.keys['7'] = to.externalContact(contact);
}
