// The scripted scenarios of the routing explorer (issue 11): each walks the
// demo account and checks the whole path, kind by kind, and the sentences
// that matter to the person reading it.
import { describe, expect, it } from 'vitest';
import { localToInstant } from '../schedule/zone-time';
import { LA, NUMBERS, SYD, demoSnapshot } from '../testing/routing-demo';
import { trace, traceWithOutcome } from './trace';

const s = demoSnapshot();
const kinds = (t: { steps: { kind: string }[]; end: { kind: string } }) => [...t.steps.map((x) => x.kind), `end:${t.end.kind}`];
const reasonOf = (t: { steps: { kind: string; reason: string }[] }, kind: string) => t.steps.find((x) => x.kind === kind)?.reason;

describe('a holiday on the Sydney site', () => {
  const christmas10am = localToInstant('2026-12-25T10:00', SYD);

  it('Christmas Day 10:00 AEDT, key 2: holiday menu → call queue Support AU', () => {
    expect(christmas10am).toBe('2026-12-24T23:00:00Z');
    const t = traceWithOutcome(s, '+61 2 9000 0000', christmas10am, ['2']);
    expect(kinds(t)).toEqual(['number', 'auto_receptionist', 'holiday', 'menu', 'key', 'schedule', 'end:call_queue']);
    expect(t.steps[2]).toEqual({
      kind: 'holiday',
      id: 'hol-xmas',
      name: 'Christmas Day',
      reason: "10:00 AEDT on Fri 25 Dec is inside the holiday 'Christmas Day' (closed until Sat 26 Dec 00:00 AEDT): the holiday's own menu plays.",
    });
    expect(t.steps[3]).toMatchObject({ kind: 'menu', id: 'ar-main:holiday:hol-xmas', name: "Holiday menu 'Christmas Day' of 'Main Line – Sydney'" });
    expect(t.steps[4]!.reason).toBe('Key 2 pressed: forward to call queue Support AU (ext 1300).');
    expect(t.end).toEqual({
      kind: 'call_queue',
      id: 'cq-support-au',
      name: 'Support AU',
      reason: "Call queue 'Support AU' (ext 1300, 5 members, rings all at once) takes the call; if nobody answers within 5 minutes: send to voicemail.",
    });
    expect(t.outcome).toBe('rings');
  });

  it('the same morning with no key: the holiday menu disconnects after its repeats', () => {
    const t = traceWithOutcome(s, NUMBERS.main, christmas10am, []);
    expect(kinds(t)).toEqual(['number', 'auto_receptionist', 'holiday', 'menu', 'end:disconnect']);
    expect(t.end.reason).toBe("No key pressed at the holiday menu 'Christmas Day' of 'Main Line – Sydney': repeat the greeting 3 times, then disconnect the call.");
  });

  it('key 1 on the holiday rings Maria; key 0 is the auto receptionist’s own voicemail', () => {
    expect(trace(s, NUMBERS.main, christmas10am, ['1']).end).toMatchObject({ kind: 'user', id: 'u-maria' });
    expect(trace(s, NUMBERS.main, christmas10am, ['0']).end).toMatchObject({ kind: 'voicemail', id: 'ar-main', name: 'Voicemail of Main Line – Sydney' });
  });

  it('the holiday ends at midnight Sydney time, not UTC: 00:30 on Sat 26 Dec is closed hours', () => {
    const t = trace(s, NUMBERS.main, localToInstant('2026-12-26T00:30', SYD), []);
    expect(kinds(t).slice(0, 3)).toEqual(['number', 'auto_receptionist', 'schedule']);
    expect(reasonOf(t, 'schedule')).toMatch(/^00:30 AEDT on Sat 26 Dec is outside business hours/);
    expect(t.steps[3]).toMatchObject({ kind: 'menu', id: 'ar-main:closed' });
  });
});

describe('DST boundaries, judged on the zone’s own clock', () => {
  it('Los Angeles, spring forward: 02:30 does not exist and is 03:30 PDT, inside Sunday 03:00–12:00', () => {
    const at = localToInstant('2026-03-08T02:30', LA);
    expect(at).toBe('2026-03-08T10:30:00Z');
    const t = trace(s, NUMBERS.la, at, []);
    expect(reasonOf(t, 'schedule')).toBe(
      '03:30 PDT on Sun 8 Mar is within business hours (Sunday 03:00–12:00, open until Sun 8 Mar 12:00 PDT): the business-hours menu plays.',
    );
  });

  it('Los Angeles: one minute before the change (01:59 PST) is closed; the first minute after it (03:00 PDT) is open', () => {
    const before = traceWithOutcome(s, NUMBERS.la, '2026-03-08T09:59:00Z', []);
    expect(reasonOf(before, 'schedule')).toMatch(/^01:59 PST on Sun 8 Mar is outside business hours \(outside Sunday's hours, closed until Sun 8 Mar 03:00 PDT\)/);
    expect(before.end).toMatchObject({ kind: 'voicemail', id: 'ar-la' });
    expect(reasonOf(trace(s, NUMBERS.la, '2026-03-08T10:00:00Z', []), 'schedule')).toMatch(/^03:00 PDT on Sun 8 Mar is within business hours/);
  });

  it('Sydney, fall back: 02:40 happens twice (AEDT, then AEST) and both are inside Sunday 02:30–17:00', () => {
    const first = trace(s, NUMBERS.sydWeekend, '2026-04-04T15:40:00Z', []);
    const second = trace(s, NUMBERS.sydWeekend, '2026-04-04T16:40:00Z', []);
    expect(reasonOf(first, 'schedule')).toMatch(/^02:40 AEDT on Sun 5 Apr is within business hours \(Sunday 02:30–17:00/);
    expect(reasonOf(second, 'schedule')).toMatch(/^02:40 AEST on Sun 5 Apr is within business hours \(Sunday 02:30–17:00/);
  });

  it('Sydney, fall back: 02:20 happens twice and is closed both times', () => {
    for (const at of ['2026-04-04T15:20:00Z', '2026-04-04T16:20:00Z']) {
      const t = traceWithOutcome(s, NUMBERS.sydWeekend, at, []);
      expect(reasonOf(t, 'schedule')).toMatch(/^02:20 AE[DS]T on Sun 5 Apr is outside business hours/);
      expect(t.end).toMatchObject({ kind: 'voicemail', id: 'ar-syd-weekend' });
    }
    expect(reasonOf(trace(s, NUMBERS.sydWeekend, '2026-04-04T15:20:00Z', []), 'schedule')).toContain('AEDT');
    expect(reasonOf(trace(s, NUMBERS.sydWeekend, '2026-04-04T16:20:00Z', []), 'schedule')).toContain('AEST');
  });
});

describe('a loop', () => {
  it('A key 1 → B, B no key → A, A no key → B: reported as a loop, not followed', () => {
    const t = traceWithOutcome(s, NUMBERS.loop, '2026-08-07T01:00:00Z', ['1']);
    expect(t.outcome).toBe('loop');
    expect(kinds(t)).toEqual([
      'number', 'auto_receptionist', 'schedule', 'menu', 'key',
      'auto_receptionist', 'schedule', 'menu', 'key',
      'auto_receptionist', 'schedule', 'menu', 'key',
      'end:auto_receptionist',
    ]);
    expect(t.end).toMatchObject({ id: 'ar-loop-b', name: 'Loop B' });
    expect(t.end.reason).toBe(
      "Loop: the call comes back to auto receptionist 'Loop B' (ext 1202) with no key pressed since it was last there ('Loop B' → 'Loop A' → 'Loop B'), so it would go round for ever and nobody answers it.",
    );
  });

  it('with no key at all the loop closes at A', () => {
    const t = traceWithOutcome(s, NUMBERS.loop, '2026-08-07T01:00:00Z', []);
    expect(t.outcome).toBe('loop');
    expect(t.end).toMatchObject({ kind: 'auto_receptionist', id: 'ar-loop-a' });
  });

  it('coming back to a menu after pressing a key is no loop: the caller may choose differently', () => {
    // Main key 4 → Billing, Billing key 2 → Main again, then key 2 → Support AU
    const t = traceWithOutcome(s, NUMBERS.main, '2026-08-07T01:00:00Z', ['4', '2', '2']);
    expect(t.outcome).toBe('rings');
    expect(t.steps.filter((x) => x.kind === 'auto_receptionist').map((x) => x.id)).toEqual(['ar-main', 'ar-billing', 'ar-main']);
    expect(t.end).toMatchObject({ kind: 'call_queue', id: 'cq-support-au' });
  });
});

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
