// The problems report finds every planted problem exactly once, and nothing
// on a clean account; each kind's sentence and fix hint are checked.
import { describe, expect, it } from 'vitest';
import { cleanSnapshotInput, plantedSnapshotInput } from '../testing/routing-problems';
import { key, menu, route } from '../testing/routing-builders';
import { findProblems, problemCounts } from './problems';
import { PROBLEM_KINDS, type Problem } from './problem-types';
import { routingSnapshotSchema, type RoutingSnapshotInput } from './snapshot';

const parse = (input: RoutingSnapshotInput) => routingSnapshotSchema.parse(input);
const byKind = (ps: Problem[], kind: Problem['kind']) => ps.filter((p) => p.kind === kind);

describe('findProblems', () => {
  it('finds nothing on a clean account', () => {
    expect(findProblems(parse(cleanSnapshotInput()))).toEqual([]);
  });

  it('finds each planted problem exactly once', () => {
    const found = findProblems(parse(plantedSnapshotInput()));
    expect(found.map((p) => p.kind).sort()).toEqual([...PROBLEM_KINDS].sort());
    expect(problemCounts(found)).toEqual({ errors: 5, warnings: 5 });
    expect(found.slice(0, 5).every((p) => p.severity === 'error')).toBe(true);
  });

  it('says each in a sentence, with the object and the page part that fixes it', () => {
    const found = findProblems(parse(plantedSnapshotInput()));
    const one = (kind: Problem['kind']) => byKind(found, kind)[0]!;
    expect(one('target_deleted')).toEqual({
      kind: 'target_deleted',
      severity: 'error',
      object: { type: 'autoReceptionist', id: 'ar-main', name: 'Main' },
      message: "Key 4 of the business-hours menu of 'Main' forwards to a call queue that no longer exists in Zoom: callers sent there cannot be connected.",
      hrefHint: { objectType: 'autoReceptionist', id: 'ar-main', extensionId: 'ext-main', part: 'menu', hours: 'business', field: 'key:4' },
    });
    expect(one('target_disabled').message).toBe(
      "Key 5 of the business-hours menu of 'Main' forwards to user 'Tom Former' (ext 1014), which is deactivated in Zoom: callers sent there reach nobody.",
    );
    expect(one('voicemail_of_nobody').message).toBe(
      "Key 6 of the business-hours menu of 'Main' sends callers to the voicemail of an extension that no longer exists in Zoom: nobody will hear their messages.",
    );
    expect(one('external_not_e164').message).toBe(
      'Key 7 of the business-hours menu of \'Main\' forwards to "02 9999 0000", which is not a phone number in international format (E.164, e.g. +61 2 9000 0000): Zoom cannot dial it.',
    );
    expect(one('audio_deleted')).toMatchObject({
      object: { type: 'autoReceptionist', id: 'ar-sales' },
      message: "The greeting prompt of the business-hours menu of 'Sales' was deleted from Zoom's audio library: callers hear no greeting until another is chosen.",
      hrefHint: { part: 'menu', hours: 'business', field: 'prompt' },
    });
    expect(one('loop_without_exit')).toMatchObject({
      object: { id: 'ar-loop-a', name: 'Loop A' },
      message:
        "Auto receptionists 'Loop A' and 'Loop B' send callers only to one another at all hours, never to a person, queue, group, voicemail, phone number or Contact Center: they go round until they hang up.",
    });
    expect(one('menu_without_usable_key').message).toBe(
      "No key of the business-hours menu of 'Dead End' leads anywhere (each is disabled or only moves between menus): callers cannot choose where to go.",
    );
    expect(one('queue_without_members')).toMatchObject({
      severity: 'warning',
      message: "Call queue 'Empty' has no members: its calls ring nobody and wait for the overflow.",
      hrefHint: { objectType: 'callQueue', id: 'cq-empty', part: 'members' },
    });
    expect(one('closed_routing_not_set')).toMatchObject({
      object: { type: 'user', id: 'u-ravi' },
      message: "User 'Ravi Patel' (ext 1013) closes outside its business hours, but where its calls go then was never set in Zoom (Zoom's default: calls go to its voicemail).",
      hrefHint: { part: 'closedRouting', extensionId: 'ext-ravi' },
    });
    expect(one('holiday_missing')).toMatchObject({
      object: { type: 'autoReceptionist', id: 'ar-reception' },
      message: "Auto receptionist 'Reception' has no holiday on 25 Dec 2026, but 2 of its 2 siblings at Sydney close for 'Christmas Day' then: callers may find it open when the others are not.",
      hrefHint: { part: 'holidays', extensionId: 'ext-reception' },
    });
  });
});

describe('findProblems, case by case', () => {
  const withChange = (change: (s: RoutingSnapshotInput) => void) => {
    const s = cleanSnapshotInput();
    change(s);
    return findProblems(parse(s));
  };

  it('numbers and Contact Center links that point at what is gone', () => {
    const found = withChange((s) => {
      s.phoneNumbers!.push({ number: '+61290000500', assignee: { type: 'extension', extensionId: 'ext-gone' } });
      s.phoneNumbers!.push({ number: '+61290000600', assignee: { type: 'extension', extensionId: 'ext-tom' } });
      s.contactCenter!.flows![0]!.queueId = 'ccq-gone';
      s.contactCenter!.entryPoints!.push({ id: 'ep-2', name: 'Old', flowId: 'flow-gone' });
      s.contactCenter!.queues![0]!.businessHoursId = 'bh-gone';
    });
    expect(found.map((p) => [p.kind, p.object.type, p.object.id])).toEqual([
      ['target_deleted', 'phoneNumber', '+61290000500'],
      ['target_disabled', 'phoneNumber', '+61290000600'],
      ['target_deleted', 'ccEntryPoint', 'ep-2'],
      ['target_deleted', 'ccFlow', 'flow-1'],
      ['target_deleted', 'ccQueue', 'ccq-1'],
    ]);
    expect(found[4]!.message).toBe("Contact Center queue 'Care' uses business hours that no longer exist in Zoom.");
  });

  it('routings count as well as menus: a holiday routing to a number Zoom cannot dial, a closed-hours routing to a deleted user', () => {
    const found = withChange((s) => {
      s.callQueues![0]!.hours.closedRouting = route.user('ext-gone');
      s.autoReceptionists![1]!.hours.holidays![0]!.routing = route.phoneNumber('9999');
    });
    expect(found.map((p) => p.message)).toEqual([
      "The routing of auto receptionist 'Sales' (ext 1100) on the holiday 'Christmas Day' forwards to \"9999\", which is not a phone number in international format (E.164, e.g. +61 2 9000 0000): Zoom cannot dial it.",
      "The closed-hours routing of call queue 'Support' (ext 1300) forwards to a user that no longer exists in Zoom: callers sent there cannot be connected.",
    ]);
    expect(found[0]!.hrefHint).toEqual({ objectType: 'autoReceptionist', id: 'ar-sales', extensionId: 'ext-sales', part: 'holidayRouting', holidayId: 'hol-sales' });
  });

  it('a menu that cannot play is not judged; an external contact with a local number is', () => {
    const found = withChange((s) => {
      // Sales's closed hours send calls to voicemail: its closed-hours menu never plays
      s.autoReceptionists![1]!.menus.closed = menu({ '1': key.user('ext-gone') });
      s.externalContacts![0]!.phoneNumbers = ['02 9876 5432'];
    });
    expect(found.map((p) => [p.kind, p.object.id])).toEqual([['external_not_e164', 'xc-1']]);
  });

  it('an auto receptionist that forwards to itself with no other way is a loop of one', () => {
    const found = withChange((s) => {
      const ar = s.autoReceptionists![1]!;
      ar.menus.business = { ...menu({ '1': key.autoReceptionist('ext-sales') }), keys: { ...menu({}).keys, '0': key.autoReceptionist('ext-sales'), '1': key.autoReceptionist('ext-sales') } };
    });
    expect(byKind(found, 'loop_without_exit').map((p) => p.message)).toEqual([
      "Auto receptionist 'Sales' sends callers only back to itself during business hours, never to a person, queue, group, voicemail, phone number or Contact Center: they go round until they hang up.",
    ]);
  });

  it('a holiday only one of three siblings has, or one already over, is not missing', () => {
    const found = withChange((s) => {
      s.autoReceptionists!.push({ ...s.autoReceptionists![1]!, id: 'ar-third', extensionId: 'ext-third', name: 'Third', extensionNumber: '1200' });
      s.autoReceptionists![0]!.hours.holidays!.push({ id: 'hol-party', name: 'Office party', start: '2026-12-18T12:00', end: '2026-12-18T17:00', routing: null, menu: menu({}) });
      s.autoReceptionists![1]!.hours.holidays!.push({ id: 'hol-old', name: 'Anzac Day', start: '2026-04-25T00:00', end: '2026-04-25T23:59', routing: null, menu: menu({}) });
    });
    expect(byKind(found, 'holiday_missing')).toEqual([]);
  });
});
