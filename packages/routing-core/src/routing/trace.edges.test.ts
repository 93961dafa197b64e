// Every way a trace ends other than a person ringing: deleted and deactivated
// targets, voicemail of nobody, numbers outside, Contact Center parts that are
// gone, and input the trace cannot read.
import { describe, expect, it } from 'vitest';
import { NUMBERS, X, demoSnapshot, demoSnapshotInput } from '../testing/routing-demo';
import { key, menu, route } from '../testing/routing-builders';
import { routingSnapshotSchema, type RoutingSnapshotInput } from './snapshot';
import { trace, traceWithOutcome, parseTraceKeys } from './trace';
import { TRACE_KINDS, TraceInputError } from './trace-types';

const s = demoSnapshot();
const FRI = '2026-08-07T01:00:00Z'; // 11:00 AEST, business hours in Sydney
const SAT = '2026-08-08T00:00:00Z'; // 10:00 AEST, closed hours

/** The demo account with one change. */
function variant(change: (input: RoutingSnapshotInput) => void) {
  const input = demoSnapshotInput();
  change(input);
  return routingSnapshotSchema.parse(input);
}
const mainBusinessKey = (input: RoutingSnapshotInput, k: '1' | '2', action: ReturnType<typeof key.user>) => {
  input.autoReceptionists![0]!.menus.business.keys[k] = action;
};

describe('targets that are gone or cannot take calls', () => {
  it('a key to a deleted call queue ends there, named as the menu still names it', () => {
    const t = traceWithOutcome(s, NUMBERS.main, FRI, ['9']);
    expect(t.outcome).toBe('broken');
    expect(t.end).toEqual({
      kind: 'call_queue',
      id: X.goneQueue,
      name: 'Old Support',
      reason:
        "Key 9 of the business-hours menu of 'Main Line – Sydney' forwards to call queue 'Old Support' that no longer exists in Zoom (extension id ext-gone-queue): the call cannot be connected.",
    });
  });

  it('voicemail of a deleted user is voicemail of nobody', () => {
    const t = traceWithOutcome(s, NUMBERS.main, SAT, ['2']);
    expect(t.outcome).toBe('broken');
    expect(t.end).toEqual({
      kind: 'voicemail',
      name: 'Voicemail of nobody',
      reason:
        "Key 2 of the closed-hours menu of 'Main Line – Sydney' sends the caller to the voicemail of an extension that no longer exists in Zoom (extension id ext-gone-user): nobody will hear the message.",
    });
  });

  it('a deactivated user takes no calls', () => {
    const t = traceWithOutcome(s, NUMBERS.main, FRI, ['4', '3']);
    expect(t.outcome).toBe('broken');
    expect(t.end).toMatchObject({ kind: 'user', id: 'u-tom', reason: "User 'Tom Former' (ext 1014) is deactivated in Zoom: it takes no calls." });
  });

  it('a number assigned to nothing, a number of another account, a number assigned to a deleted extension', () => {
    expect(trace(s, NUMBERS.unassigned, FRI, []).end.reason).toBe('+61 2 9000 0300 is a number of this account but is assigned to nothing, so Zoom does not route its calls.');
    expect(trace(s, '+61 2 9000 0999', FRI, [])).toEqual({
      steps: [],
      end: { kind: 'number', id: '+61290000999', name: '+61 2 9000 0999', reason: '+61 2 9000 0999 is not a phone number of this account.' },
    });
    const gone = variant((i) => i.phoneNumbers!.push({ number: '+61290000998', assignee: { type: 'extension', extensionId: 'nope' } }));
    expect(traceWithOutcome(gone, '+61290000998', FRI, []).outcome).toBe('broken');
  });

  it('a forward to an extension that names none, and an action code Switchboard does not know', () => {
    const none = variant((i) => mainBusinessKey(i, '1', { action: key.user('x').action, target: null, voicemailGreetingId: null }));
    expect(trace(none, NUMBERS.main, FRI, ['1']).end.reason).toMatch(/forwards to a user but names none/);
    const odd = variant((i) => mainBusinessKey(i, '1', { action: 9999, target: null, voicemailGreetingId: null }));
    expect(traceWithOutcome(odd, NUMBERS.main, FRI, ['1'])).toMatchObject({ outcome: 'broken', end: { kind: 'disconnect', name: 'Unknown action' } });
    expect(trace(odd, NUMBERS.main, FRI, ['1']).end.reason).toContain('(Zoom code 9999)');
  });
});

describe('outside Zoom', () => {
  it('a phone number, an external contact, and a number not in E.164', () => {
    expect(traceWithOutcome(s, NUMBERS.main, FRI, ['5'])).toMatchObject({ outcome: 'external', end: { kind: 'external', id: '+61299990000', name: '+61 2 9999 0000' } });
    expect(trace(s, NUMBERS.main, FRI, ['6']).end).toEqual({
      kind: 'external',
      id: 'xc-acme',
      name: 'Acme Facilities',
      reason: "The call leaves Zoom: it is forwarded to external contact 'Acme Facilities' (+61 2 9876 5432).",
    });
    const local = variant((i) => mainBusinessKey(i, '1', key.phoneNumber('02 9999 0000')));
    expect(traceWithOutcome(local, NUMBERS.main, FRI, ['1'])).toMatchObject({ outcome: 'broken', end: { kind: 'external' } });
    expect(trace(local, NUMBERS.main, FRI, ['1']).end.reason).toContain('"02 9999 0000" is not in international format (E.164): Zoom cannot dial it.');
  });

  it('a forward to one of the account’s own numbers comes back in and is followed', () => {
    const own = variant((i) => mainBusinessKey(i, '1', key.phoneNumber(NUMBERS.maria)));
    const t = trace(own, NUMBERS.main, FRI, ['1']);
    expect(t.steps.at(-1)).toMatchObject({ kind: 'number', id: NUMBERS.maria });
    expect(t.end).toMatchObject({ kind: 'user', id: 'u-maria' });
  });

  it('closed-hours routing to Zoom Contact Center by number, and a disconnect', () => {
    const zcc = variant((i) => (i.autoReceptionists![0]!.hours.closedRouting = route.contactCenter(NUMBERS.care)));
    // Fri 17:30 AEST: the auto receptionist has closed, the Contact Center queue is open until 18:00
    const t = trace(zcc, NUMBERS.main, '2026-08-07T07:30:00Z', []);
    expect([...t.steps.map((x) => x.kind), t.end.kind]).toEqual(['number', 'auto_receptionist', 'schedule', 'cc_flow', 'schedule', 'cc_queue']);
    const hangUp = variant((i) => (i.autoReceptionists![0]!.hours.closedRouting = route.disconnect()));
    expect(traceWithOutcome(hangUp, NUMBERS.main, SAT, [])).toMatchObject({ outcome: 'disconnected', end: { kind: 'disconnect', reason: "The closed-hours routing of auto receptionist 'Main Line – Sydney' (ext 1000): disconnect; the call ends." } });
  });
});

describe('Contact Center parts that are gone or missing', () => {
  const cc = (change: (c: NonNullable<RoutingSnapshotInput['contactCenter']>) => void) => variant((i) => change(i.contactCenter!));

  it('an entry point without a flow, a flow without a queue, a deleted queue, hours that are gone', () => {
    expect(trace(cc((c) => (c.entryPoints![0]!.flowId = null)), NUMBERS.care, FRI, []).end.reason).toBe("Contact Center entry point 'Care AU' starts no flow: the call cannot be connected.");
    expect(trace(cc((c) => (c.flows![0]!.queueId = null)), NUMBERS.care, FRI, []).end).toMatchObject({ kind: 'cc_flow', id: 'flow-care' });
    expect(trace(cc((c) => (c.flows![0]!.queueId = 'gone')), NUMBERS.care, FRI, []).end).toMatchObject({ kind: 'cc_queue', name: 'Deleted queue' });
    expect(trace(cc((c) => (c.businessHours = [])), NUMBERS.care, FRI, []).end.reason).toBe(
      "Contact Center queue 'Care AU' uses business hours that no longer exist in Zoom, so Switchboard cannot tell whether it is open.",
    );
    expect(trace(s, NUMBERS.main, FRI, ['1']).end.kind).toBe('user');
    const ivrToGone = variant((i) => mainBusinessKey(i, '1', key.contactCenter('ep-gone')));
    expect(trace(ivrToGone, NUMBERS.main, FRI, ['1']).end).toMatchObject({ kind: 'cc_flow', id: 'ep-gone' });
  });

  it('overflow to another queue, to a flow, a goodbye, or none', () => {
    const christmas = '2026-12-25T01:00:00Z';
    const second = { id: 'ccq-2', name: 'Care overflow', businessHoursId: null, closureSetId: null };
    const toQueue = cc((c) => {
      c.queues!.push(second);
      c.queues![0]!.overflow = { kind: 'queue', queueId: 'ccq-2' };
    });
    expect(trace(toQueue, NUMBERS.care, christmas, []).end).toMatchObject({ kind: 'cc_queue', id: 'ccq-2', reason: "Contact Center queue 'Care overflow' takes the call." });
    const toFlow = cc((c) => {
      c.queues!.push(second);
      c.flows!.push({ id: 'flow-2', name: 'After hours', queueId: 'ccq-2' });
      c.queues![0]!.overflow = { kind: 'flow', flowId: 'flow-2' };
    });
    expect(trace(toFlow, NUMBERS.care, christmas, []).steps.at(-1)).toMatchObject({ kind: 'cc_flow', id: 'flow-2' });
    expect(trace(cc((c) => (c.queues![0]!.overflow = { kind: 'goodbye' })), NUMBERS.care, christmas, []).end.name).toBe('Goodbye message');
    expect(traceWithOutcome(cc((c) => (c.queues![0]!.overflow = null)), NUMBERS.care, christmas, []).outcome).toBe('disconnected');
    const circle = cc((c) => (c.queues![0]!.overflow = { kind: 'flow', flowId: 'flow-care' }));
    expect(traceWithOutcome(circle, NUMBERS.care, christmas, []).outcome).toBe('loop');
  });
});

describe('input', () => {
  it('numbers in national format use the default country; extension numbers are accepted', () => {
    expect(trace(s, '(02) 9000 0000', FRI, ['2'])).toEqual(trace(s, '+61290000000', FRI, ['2']));
    // sites in several countries: no default country, but a national number of the account in one of them is found
    const multi = routingSnapshotSchema.parse({ ...demoSnapshotInput(), defaultCountry: null, countries: ['US', 'AU'] });
    expect(trace(multi, '(02) 9000 0000', FRI, ['2'])).toEqual(trace(s, '+61290000000', FRI, ['2']));
    expect(() => trace(routingSnapshotSchema.parse({ ...demoSnapshotInput(), defaultCountry: null }), '(02) 9000 0000', FRI, [])).toThrow(TraceInputError);
    expect(trace(s, '1000', FRI, []).steps[0]).toEqual({ kind: 'number', id: '1000', name: 'Extension 1000', reason: "Extension 1000 is auto receptionist 'Main Line – Sydney' (ext 1000)." });
    expect(trace(s, '1300', FRI, []).end).toMatchObject({ kind: 'call_queue', id: 'cq-support-au' });
  });

  it('refuses what it cannot read, with a sentence', () => {
    expect(() => trace(s, 'call me', FRI, [])).toThrow(TraceInputError);
    expect(() => trace(s, '', FRI, [])).toThrow('Enter a phone number or an extension number to trace.');
    expect(() => trace(s, '12', FRI, [])).toThrow('"12" is not an extension number of this account, nor a phone number.');
    expect(() => trace(s, NUMBERS.main, '2026-08-07T11:00', [])).toThrow(TraceInputError);
    expect(() => trace(s, NUMBERS.main, FRI, ['A'])).toThrow('"A" is not a key of a phone keypad (0–9, * or #).');
    expect(parseTraceKeys('2, 1 #')).toEqual(['2', '1', '#']);
    expect(parseTraceKeys('')).toEqual([]);
  });

  it('answers exactly the contract’s shape', () => {
    for (const keys of [[], ['2'], ['9'], ['3'], ['5']]) {
      const t = trace(s, NUMBERS.main, FRI, keys) as unknown as Record<string, unknown>;
      expect(Object.keys(t).sort()).toEqual(['end', 'steps']);
      for (const st of t.steps as Record<string, unknown>[]) {
        expect(Object.keys(st).sort()).toEqual(['id', 'kind', 'name', 'reason']);
        expect(TRACE_KINDS).toContain(st.kind);
      }
      const end = t.end as Record<string, unknown>;
      expect(Object.keys(end).filter((k) => !['kind', 'id', 'name', 'reason'].includes(k))).toEqual([]);
    }
  });

  it('an auto receptionist forwarding to itself: after a key it is a new visit, with no key a loop', () => {
    const self = variant((i) => mainBusinessKey(i, '1', key.autoReceptionist(X.main)));
    expect(traceWithOutcome(self, NUMBERS.main, FRI, ['1']).outcome).toBe('rings'); // a key was pressed: back at the menu, no key → Support AU
    const selfNoKey = variant((i) => (i.autoReceptionists![0]!.menus.business = menu({}, { repeat: 1, action: key.autoReceptionist(X.main).action, target: { extensionId: X.main } })));
    expect(traceWithOutcome(selfNoKey, NUMBERS.main, FRI, []).outcome).toBe('loop');
  });
});
