// The scripted scenarios of the routing explorer (issue 11), continued: a
// hand-off to Contact Center, call queues closed and empty, and key sequences
// with repeat, previous and root.
import { describe, expect, it } from 'vitest';
import { localToInstant } from '../schedule/zone-time';
import { NUMBERS, SYD, demoSnapshot } from '../testing/routing-demo';
import { trace, traceWithOutcome } from './trace';

const s = demoSnapshot();
const kinds = (t: { steps: { kind: string }[]; end: { kind: string } }) => [...t.steps.map((x) => x.kind), `end:${t.end.kind}`];
const reasonOf = (t: { steps: { kind: string; reason: string }[] }, kind: string) => t.steps.find((x) => x.kind === kind)?.reason;

describe('a hand-off to Contact Center', () => {
  it('entry point → flow → queue closed by its yearly 25 December closure → overflow to a voicemail inbox', () => {
    const t = traceWithOutcome(s, '+61 2 9000 0100', localToInstant('2026-12-25T12:00', SYD), []);
    expect(kinds(t)).toEqual(['number', 'cc_flow', 'cc_queue', 'holiday', 'end:voicemail']);
    expect(t.steps[0]!.reason).toBe("+61 2 9000 0100 is assigned to Contact Center entry point 'Care AU'.");
    expect(t.steps[1]).toEqual({ kind: 'cc_flow', id: 'flow-care', name: 'Care inbound', reason: "Contact Center entry point 'Care AU' starts flow 'Care inbound'." });
    expect(t.steps[3]).toEqual({
      kind: 'holiday',
      id: 'cl-xmas',
      name: 'Christmas Day',
      reason: "12:00 AEDT on Fri 25 Dec is inside the closure 'Christmas Day' of closure set 'AU closures' (closed until Sat 26 Dec 00:00 AEDT): the queue's overflow applies.",
    });
    expect(t.end).toEqual({ kind: 'voicemail', id: 'inbox-care', name: "Voicemail inbox 'Care voicemail'", reason: "The caller can leave a message in Contact Center voicemail inbox 'Care voicemail'." });
  });

  it('the closure recurs: 25 December 2027 is closed too, 24 December is not', () => {
    expect(kinds(trace(s, NUMBERS.care, localToInstant('2027-12-25T09:00', SYD), []))).toContain('holiday');
    const eve = trace(s, NUMBERS.care, localToInstant('2026-12-24T09:00', SYD), []);
    expect(kinds(eve)).toEqual(['number', 'cc_flow', 'schedule', 'end:cc_queue']);
    expect(eve.end.reason).toBe("Contact Center queue 'Care AU' (12 agents) takes the call.");
  });

  it('from a Phone menu: key 3 forwards to the entry point, outside the queue’s business hours the overflow applies', () => {
    const open = trace(s, NUMBERS.main, '2026-08-07T01:00:00Z', ['3']);
    expect(kinds(open).slice(-4)).toEqual(['key', 'cc_flow', 'schedule', 'end:cc_queue']);
    const evening = trace(s, NUMBERS.care, localToInstant('2026-08-07T19:00', SYD), []);
    expect(kinds(evening)).toEqual(['number', 'cc_flow', 'cc_queue', 'schedule', 'end:voicemail']);
    expect(reasonOf(evening, 'schedule')).toBe(
      "19:00 AEST on Fri 7 Aug is outside business hours 'AU Care hours' (outside Friday's hours, closed until Mon 10 Aug 08:00 AEST): the queue's overflow applies.",
    );
  });
});

describe('call queues: closed by their own hours, and overflow', () => {
  it('Saturday 10:00 in Sydney: closed menu key 1 → Support AU closed → its closed routing → Support US, closed too → voicemail', () => {
    const t = traceWithOutcome(s, NUMBERS.main, localToInstant('2026-08-08T10:00', SYD), ['1']);
    expect(kinds(t)).toEqual(['number', 'auto_receptionist', 'schedule', 'menu', 'key', 'call_queue', 'schedule', 'call_queue', 'schedule', 'end:voicemail']);
    expect(t.steps[6]!.reason).toBe(
      "10:00 AEST on Sat 8 Aug is outside the business hours of call queue 'Support AU' (ext 1300) (no opening hours on Saturday, closed until Mon 10 Aug 09:00 AEST): its closed-hours routing applies: forward to call queue Support US (ext 3300).",
    );
    expect(t.steps[8]!.reason).toMatch(/^17:00 PDT on Fri 7 Aug is outside the business hours of call queue 'Support US'/);
    expect(t.end).toMatchObject({ kind: 'voicemail', id: 'cq-support-us', name: 'Voicemail of Support US' });
  });

  it('an hour earlier it is 16:00 on Friday in Los Angeles: Support US takes the call', () => {
    const t = trace(s, NUMBERS.main, localToInstant('2026-08-08T09:00', SYD), ['1']);
    expect(t.end).toEqual({
      kind: 'call_queue',
      id: 'cq-support-us',
      name: 'Support US',
      reason: "Call queue 'Support US' (ext 3300, 3 members, rings the member idle longest first) takes the call; if nobody answers within 2 minutes: send to voicemail.",
    });
  });

  it('a queue with no members goes on to its overflow', () => {
    const t = trace(s, NUMBERS.main, '2026-08-07T01:00:00Z', ['8']);
    expect(kinds(t).slice(-2)).toEqual(['call_queue', 'end:user']);
    expect(t.steps.at(-1)!.reason).toBe(
      "Call queue 'Escalations' (ext 1310) has no members, so nobody can answer; when the wait ends, its overflow applies: forward to Maria Lopez (ext 1012).",
    );
    expect(t.end).toMatchObject({ kind: 'user', id: 'u-maria', reason: "User 'Maria Lopez' (ext 1012) rings." });
  });
});

describe('key sequences with repeat, previous and root', () => {
  it('# at the root replays it, a disabled key replays it, # in a sub-menu goes back, * there goes to the root, * at the root repeats', () => {
    const t = trace(s, NUMBERS.main, '2026-08-07T01:00:00Z', ['#', '7', '4', '#', '4', '*', '*', '2']);
    const path = t.steps.filter((x) => x.kind === 'menu' || x.kind === 'key').map((x) => `${x.kind}:${x.id}`);
    expect(path).toEqual([
      'menu:ar-main:business',
      'key:ar-main:business:key:#',
      'key:ar-main:business:key:7',
      'key:ar-main:business:key:4',
      'menu:ar-billing:business',
      'key:ar-billing:business:key:#',
      'menu:ar-main:business',
      'key:ar-main:business:key:4',
      'menu:ar-billing:business',
      'key:ar-billing:business:key:*',
      'menu:ar-main:business',
      'key:ar-main:business:key:*',
      'key:ar-main:business:key:2',
    ]);
    const keyReasons = t.steps.filter((x) => x.kind === 'key').map((x) => x.reason);
    expect(keyReasons).toEqual([
      'Key # pressed: this is the first menu of the call, so there is no previous one and it plays again.',
      'Key 7 pressed: it is disabled in this menu, so the caller hears the menu again.',
      'Key 4 pressed: forward to auto receptionist Billing Menu (ext 1100).',
      'Key # pressed: back to the previous menu.',
      'Key 4 pressed: forward to auto receptionist Billing Menu (ext 1100).',
      'Key * pressed: back to the root menu, the first one of this call.',
      'Key * pressed: the greeting plays again.',
      'Key 2 pressed: forward to call queue Support AU (ext 1300).',
    ]);
    expect(t.end).toMatchObject({ kind: 'call_queue', id: 'cq-support-au' });
  });

  it('keys that run out leave the caller silent: "no key pressed" applies where they stop', () => {
    const t = trace(s, NUMBERS.main, '2026-08-07T01:00:00Z', ['4']);
    expect(t.end).toMatchObject({ kind: 'disconnect', id: 'ar-billing:business:no-key' });
    expect(t.end.reason).toBe("No key pressed at the business-hours menu of 'Billing Menu': repeat the greeting once, then disconnect the call.");
  });

  it('"no key pressed" that forwards is a key step of its own', () => {
    const t = trace(s, NUMBERS.main, '2026-08-07T01:00:00Z', []);
    expect(t.steps.at(-2)).toEqual({
      kind: 'key',
      id: 'ar-main:business:no-key',
      name: 'No key pressed',
      reason: 'No key pressed: repeat the greeting twice, then forward to call queue Support AU (ext 1300).',
    });
  });
});
