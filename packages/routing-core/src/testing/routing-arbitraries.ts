// Test support: fast-check arbitraries for whole routing snapshots — a few
// auto receptionists with random hours, holidays and menus (targets drawn from
// the account and from deleted ids), queues, users, a group, a common area,
// external contacts and a Contact Center chain, every one with an Australian
// number. `acyclic` keeps every route pointing "forward" (auto receptionist i
// only to j > i, queues only to people, Contact Center queues only to later
// ones), so no call can come back to where it was without a key pressed.
import fc from 'fast-check';
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { Menu } from '../ivr/menu';
import type { CallRouting } from '../schedule/call-routing';
import { routingSnapshotSchema, type RoutingSnapshot, type RoutingSnapshotInput } from '../routing/snapshot';
import { menuFromPoolsArb } from './arbitraries';
import { route } from './routing-builders';
import { closureArb, holidayArb, weekScheduleArb } from './schedule-arbitraries';

const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 11, 31);
const ZONES = ['Australia/Sydney', 'America/Los_Angeles', 'Europe/London'] as const;
export const GHOST = 'ext-ghost';

const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
const indices = (n: number) => Array.from({ length: n }, (_, i) => i);
/** "+61 2 9000 0000" + i: valid Australian numbers, so every format of them parses. */
export const auNumber = (i: number) => `+6129000${String(i).padStart(4, '0')}`;

export interface Shape {
  ars: number;
  queues: number;
  users: number;
  ccQueues: number;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  ars: fc.integer({ min: 1, max: 4 }),
  queues: fc.integer({ min: 0, max: 3 }),
  users: fc.integer({ min: 1, max: 3 }),
  ccQueues: fc.integer({ min: 0, max: 2 }),
});

const ids = (sh: Shape) => ({
  ars: range(sh.ars, (i) => `ext-ar-${i}`),
  queues: range(sh.queues, (i) => `ext-q-${i}`),
  users: range(sh.users, (i) => `ext-u-${i}`),
});

function routingArb(targets: { ars: string[]; queues: string[]; users: string[] }, isAr: boolean): fc.Arbitrary<CallRouting | null> {
  const pick = (xs: string[], f: (id: string) => CallRouting) => (xs.length ? [fc.constantFrom(...xs).map(f)] : []);
  return fc.oneof(
    fc.constant(null),
    fc.constant(isAr ? route.menu() : route.voicemail()),
    fc.constant(route.voicemail()),
    fc.constant(route.disconnect()),
    fc.constant(route.phoneNumber('+61299990000')),
    fc.constant(route.contactCenter(auNumber(900))),
    fc.constant(route.user(GHOST)),
    ...pick(targets.users, route.user),
    ...pick(targets.queues, route.callQueue),
    ...pick(targets.ars, route.autoReceptionist),
  );
}

const hoursArb = <H>(holiday: fc.Arbitrary<H>, closed: fc.Arbitrary<CallRouting | null>) =>
  fc.record({
    schedule: weekScheduleArb({ zones: ZONES, maxRanges: 1 }),
    holidays: fc.array(holiday, { maxLength: 2 }).map((hs) => hs.map((h, i) => ({ ...h, id: `hol-${i}` }))),
    closedRouting: closed,
  });

export function snapshotArb(opts: { acyclic?: boolean } = {}): fc.Arbitrary<RoutingSnapshot> {
  return shapeArb.chain((sh) => {
    const x = ids(sh);
    const later = <T>(xs: T[], i: number) => (opts.acyclic ? xs.slice(i + 1) : xs);
    const menuFor = (i: number): fc.Arbitrary<Menu> =>
      menuFromPoolsArb({
        extensions: {
          autoReceptionist: [...later(x.ars, i), GHOST],
          callQueue: [...x.queues, GHOST],
          user: [...x.users, GHOST],
          sharedLineGroup: ['ext-slg'],
          commonArea: ['ext-ca'],
          externalContact: ['xc-0', 'xc-gone'],
          contactCenter: ['ep-0', 'ep-gone'],
        },
        audio: ['audio-1', 'removed_audio-2'],
      });
    const arArb = (i: number) =>
      fc.record({
        hours: hoursArb(
          fc.tuple(holidayArb(FROM, TO), routingArb({ ars: later(x.ars, i), queues: x.queues, users: x.users }, true), menuFor(i)).map(([h, routing, menu]) => ({ ...h, routing, menu })),
          routingArb({ ars: later(x.ars, i), queues: x.queues, users: x.users }, true),
        ),
        businessRouting: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, routingArb({ ars: later(x.ars, i), queues: [], users: x.users }, true)),
        menus: fc.record({ business: menuFor(i), closed: menuFor(i) }),
      }).map((a) => ({ ...a, id: `ar-${i}`, extensionId: x.ars[i]!, name: `AR ${i}`, extensionNumber: `${1000 + i}`, siteId: 'site-1' }));
    const personTargets = { ars: opts.acyclic ? [] : x.ars, queues: opts.acyclic ? [] : x.queues, users: x.users };
    const queueArb = (i: number) =>
      fc.record({
        hours: hoursArb(holidayArb(FROM, TO).chain((h) => routingArb(personTargets, false).map((routing) => ({ ...h, routing }))), routingArb(personTargets, false)),
        members: fc.integer({ min: 0, max: 3 }).map((n) => indices(n).map((m) => ({ extensionId: `ext-agent-${m}`, name: `Agent ${m}` }))),
        distribution: fc.record({ ringMode: fc.constantFrom('simultaneous', 'sequential', 'rotating', 'longest_idle' as const), maxWaitSeconds: fc.constantFrom(null, 60, 300) }),
        overflow: routingArb(personTargets, false),
      }).map((q) => ({ ...q, id: `cq-${i}`, extensionId: x.queues[i]!, name: `Queue ${i}`, extensionNumber: `${2000 + i}`, siteId: 'site-1' }));
    const ccQueueArb = (i: number) =>
      fc.record({
        businessHoursId: fc.constantFrom(null, 'bh-0', 'bh-gone'),
        closureSetId: fc.constantFrom(null, 'cs-0'),
        agentCount: fc.constantFrom(null, 0, 4),
        overflow: fc.oneof(
          fc.constant(null),
          fc.constant({ kind: 'goodbye' as const }),
          fc.constant({ kind: 'inbox' as const, inboxId: 'inbox-0', name: 'Inbox' }),
          ...(opts.acyclic ? later(range(sh.ccQueues, (k) => `ccq-${k}`), i) : range(sh.ccQueues, (k) => `ccq-${k}`)).map((queueId) => fc.constant({ kind: 'queue' as const, queueId })),
          ...(opts.acyclic ? [] : [fc.constant({ kind: 'flow' as const, flowId: 'flow-0' })]),
        ),
      }).map((q) => ({ ...q, id: `ccq-${i}`, name: `CC queue ${i}` }));
    return fc
      .record({
        autoReceptionists: fc.tuple(...indices(sh.ars).map(arArb)),
        callQueues: fc.tuple(...indices(sh.queues).map(queueArb)),
        ccQueues: fc.tuple(...indices(sh.ccQueues).map(ccQueueArb)),
        users: fc.array(fc.constantFrom<'active' | 'inactive'>('active', 'active', 'inactive'), { minLength: sh.users, maxLength: sh.users }),
        bh: weekScheduleArb({ zones: ZONES, maxRanges: 2 }),
        closures: fc.array(closureArb('Australia/Sydney'), { maxLength: 2 }),
      })
      .map((r): RoutingSnapshot => {
        const input: RoutingSnapshotInput = {
          takenAt: '2026-01-01T00:00:00Z',
          defaultCountry: 'AU',
          sites: [{ id: 'site-1', name: 'Sydney' }],
          phoneNumbers: [
            ...x.ars.map((extensionId, i) => ({ number: auNumber(i), assignee: { type: 'extension' as const, extensionId } })),
            ...x.queues.map((extensionId, i) => ({ number: auNumber(100 + i), assignee: { type: 'extension' as const, extensionId } })),
            ...x.users.map((extensionId, i) => ({ number: auNumber(200 + i), assignee: { type: 'extension' as const, extensionId } })),
            { number: auNumber(900), assignee: { type: 'ccEntryPoint', entryPointId: 'ep-0' } },
          ],
          autoReceptionists: [...r.autoReceptionists],
          callQueues: [...r.callQueues],
          users: x.users.map((extensionId, i) => ({ id: `u-${i}`, extensionId, name: `User ${i}`, extensionNumber: `${3000 + i}`, status: r.users[i] })),
          sharedLineGroups: [{ id: 'slg', extensionId: 'ext-slg', name: 'Group', members: [] }],
          commonAreas: [{ id: 'ca', extensionId: 'ext-ca', name: 'Lobby' }],
          externalContacts: [{ id: 'xc-0', name: 'Outside', phoneNumbers: ['+61298765432'] }],
          contactCenter: {
            entryPoints: [{ id: 'ep-0', name: 'Entry', flowId: 'flow-0' }],
            flows: [{ id: 'flow-0', name: 'Flow', queueId: sh.ccQueues ? 'ccq-0' : null }],
            queues: [...r.ccQueues],
            businessHours: [{ id: 'bh-0', name: 'Hours', schedule: r.bh }],
            closureSets: [{ id: 'cs-0', name: 'Closures', timezone: 'Australia/Sydney', closures: r.closures }],
          },
        };
        return routingSnapshotSchema.parse(input);
      });
  });
}

/** Every number of a snapshot. */
export const numbersOf = (s: RoutingSnapshot): string[] => s.phoneNumbers.map((n) => n.number);

export const keysArb: fc.Arbitrary<IvrKey[]> = fc.array(fc.constantFrom(...IVR_KEYS), { maxLength: 8 });

/** An instant on a whole minute in 2026–2027. */
export const instantArb: fc.Arbitrary<string> = fc
  .integer({ min: FROM / 60_000, max: TO / 60_000 })
  .map((m) => new Date(m * 60_000).toISOString().replace('.000Z', 'Z'));
