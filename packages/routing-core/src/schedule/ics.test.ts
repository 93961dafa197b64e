// iCalendar output: CRLF, folding at 75 octets without splitting characters,
// TEXT escaping, UID / DTSTAMP / DTSTART / DTEND with TZID, and VTIMEZONE
// observances at the zone's real offset changes.
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, vtimezone } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('content lines', () => {
  it('fold at 75 octets, continuation lines starting with one space, never inside a character', () => {
    const long = `SUMMARY:${'Fête de Noël — Zürich, ünd Ω '.repeat(8)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('escape backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('icsCalendar', () => {
  const ics = icsCalendar(
    [
      { uid: 'ext1-h1@switchboard', summary: 'Christmas Day — APAC Sales, closed', start: '2026-12-25T00:00', end: '2026-12-25T23:59', timezone: 'Australia/Sydney' },
      { uid: 'ext2-h2@switchboard', summary: 'Half day; early close', start: '2026-12-24T12:00', end: '2026-12-24T17:00', timezone: 'UTC' },
    ],
    { dtstamp: '2026-11-30T15:00:00Z', name: 'Holidays' },
  );

  it('is CRLF throughout, starts and ends the calendar, and every event has UID, DTSTAMP, DTSTART and DTEND', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('UID:ext1-h1@switchboard');
    expect(lines.filter((l) => l === 'DTSTAMP:20261130T150000Z')).toHaveLength(2);
    // whole day in Sydney: 00:00 to the next midnight, on Sydney's clock
    expect(lines).toContain('DTSTART;TZID=Australia/Sydney:20261225T000000');
    expect(lines).toContain('DTEND;TZID=Australia/Sydney:20261226T000000');
    expect(lines).toContain('DTSTART:20261224T120000Z');
    expect(lines).toContain('SUMMARY:Half day\\; early close');
    expect(lines).toContain('SUMMARY:Christmas Day — APAC Sales\\, closed');
  });

  it('has a VTIMEZONE for each TZID used, none for UTC', () => {
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    expect(ics).toContain('TZID:Australia/Sydney');
  });
});

describe('vtimezone', () => {
  it("lists Sydney's offset in force and its changes: DST ends 5 Apr 2026 03:00 → 02:00, starts 4 Oct 02:00 → 03:00", () => {
    const lines = vtimezone('Australia/Sydney', Date.UTC(2026, 2, 1), Date.UTC(2026, 11, 31));
    expect(lines.join('\n')).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Australia/Sydney',
        'BEGIN:DAYLIGHT',
        'DTSTART:20260301T110000',
        'TZOFFSETFROM:+1100',
        'TZOFFSETTO:+1100',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20260405T030000',
        'TZOFFSETFROM:+1100',
        'TZOFFSETTO:+1000',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:20261004T020000',
        'TZOFFSETFROM:+1000',
        'TZOFFSETTO:+1100',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
      ].join('\n'),
    );
  });

  it('a zone without changes has one observance', () => {
    const lines = vtimezone('Asia/Tokyo', Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(lines.filter((l) => l.startsWith('BEGIN:STANDARD'))).toHaveLength(1);
    expect(lines).toContain('TZOFFSETTO:+0900');
  });
});
