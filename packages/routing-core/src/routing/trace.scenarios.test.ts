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
