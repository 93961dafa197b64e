// The holiday calendar of the demo account: each day says who is closed for
// which holiday and who is open (each on its own clock), days where sibling
// extensions differ are marked, filters by site and type, 400 sentences for a
// bad range; the .ics export is valid iCalendar (a strict line check here,
// then ical.js parses it) and the CSV is RFC 4180; a holiday written through
// Switchboard shows up at once.
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CalendarResponse } from '@switchboard/contract/calendar';
import { createTestApp, signIn, type SignedIn } from '../../testing/harness';
import { call, extensionNamed } from '../call-handling/test-support';
import { simControl } from '../ivr-write/test-support';

let bff: FastifyInstance;
let manager: SignedIn;
let support: SignedIn;
let sydneySite = '';

beforeAll(async () => {
  bff = await createTestApp();
  await simControl(bff, 'reset');
  [manager, support] = await Promise.all([signIn(bff, 'manager'), signIn(bff, 'support')]);
  sydneySite = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Support')).site!.id;
});
afterAll(() => bff.close());

const calendar = async (query: string, as = manager) => call<CalendarResponse>(bff, as, 'GET', `/api/calendar?${query}`);

describe('the calendar', () => {
  test('a year of the demo account: every date once, and days where siblings on a site differ', async () => {
    const res = await calendar('from=2026-12-01&to=2027-11-30');
    expect(res.status, res.text).toBe(200);
    expect(res.body.days).toHaveLength(365);
    expect(res.body.days[0]!.date).toBe('2026-12-01');
    expect(res.body.days.at(-1)!.date).toBe('2027-11-30');
    const split = res.body.days.filter((d) => d.sitesSplit.length > 0);
    expect(split.length).toBeGreaterThan(0);
    // Christmas Eve: London's UK Sales and London Reception close, the other London lines stay open
    const eve = res.body.days.find((d) => d.date === '2026-12-24')!;
    expect(eve.closed.map((c) => `${c.name}: ${c.holiday}`).sort()).toEqual(['London Reception: Christmas Eve', 'UK Sales: Christmas Eve']);
    expect(eve.sitesSplit.map((s) => s.name)).toEqual(['London']);
    expect(eve.open.some((o) => o.name === 'UK Support')).toBe(true);
    // users are not in the default calendar (each would cost a Zoom call)
    expect(res.body.extensions.every((e) => e.type !== 'user')).toBe(true);
  });

  test("Christmas in Sydney is 25 December on Sydney's clock; site and type filters", async () => {
    const res = await calendar(`from=2026-12-25&to=2026-12-25&site=${sydneySite}&type=callQueue`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.extensions.map((e) => `${e.name} ${e.timezone}`).sort()).toEqual(['APAC Sales Australia/Sydney', 'APAC Support Australia/Sydney']);
    expect(res.body.days[0]!.closed.map((c) => c.holiday)).toEqual(['Christmas Day', 'Christmas Day']);
    expect(res.body.days[0]!.open).toEqual([]);
    // the NSW bank holiday: APAC Sales closes, APAC Support does not
    const bank = await calendar(`from=2027-08-02&to=2027-08-02&site=${sydneySite}&type=callQueue`);
    expect(bank.body.days[0]!.closed.map((c) => `${c.name}: ${c.holiday}`)).toEqual(['APAC Sales: Bank Holiday (NSW)']);
    expect(bank.body.days[0]!.sitesSplit.map((s) => s.name)).toEqual(['Sydney']);
  });

  test('a bad range is a 400 sentence', async () => {
    const cases: [string, RegExp][] = [
      ['from=2026-12-10&to=2026-12-01', /to must be on or after from/],
      ['from=2026-01-01&to=2027-06-01', /at most 366 days/],
      ['from=2026-02-30&to=2026-03-01', /from must be a date as YYYY-MM-DD/],
      ['to=2026-03-01', /"from" is required/],
      ['from=2026-12-01&to=2026-12-02&type=commonArea', /type/],
    ];
    for (const [q, message] of cases) {
      const res = await calendar(q);
      expect(res.status, q).toBe(400);
      expect(res.body.error!.message, q).toMatch(message);
    }
  });

  test('a holiday added through Switchboard shows up at once (the calendar forgets that extension)', async () => {
    const apacSupport = (await extensionNamed(bff, 'callQueue', (i) => i.name === 'APAC Support')).extensionId;
    const q = `from=2027-03-10&to=2027-03-10&site=${sydneySite}&type=callQueue`;
    expect((await calendar(q)).body.days[0]!.closed).toEqual([]);
    const admin = await signIn(bff, 'admin');
    const added = await call<{ outcome: string }>(bff, admin, 'POST', `/api/extensions/${apacSupport}/holidays`, { name: 'Staff day', start: '2027-03-10T00:00', end: '2027-03-10T23:59' });
    expect(added.body.outcome).toBe('applied');
    expect((await calendar(q)).body.days[0]!.closed.map((c) => c.name)).toEqual(['APAC Support']);
  });
});

describe('exports', () => {
  test('.ics: text/calendar, CRLF, lines folded at 75 octets, UID / DTSTAMP / DTSTART / DTEND with TZID and its VTIMEZONE; parses as iCalendar', async () => {
    const res = await call(bff, support, 'GET', '/api/calendar.ics?from=2026-12-24&to=2026-12-26');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="holidays-2026-12-24-to-2026-12-26.ics"');
    const text = res.text;
    // strict: every line ends in CRLF, no bare CR or LF, at most 75 octets a line
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    const lines = physical.reduce<string[]>((out, l) => (l.startsWith(' ') ? [...out.slice(0, -1), out.at(-1)! + l.slice(1)] : [...out, l]), []);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const events = lines.join('\n').split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(10);
    for (const e of events) for (const p of ['UID:', 'DTSTAMP:', 'DTSTART', 'DTEND']) expect(e, p).toContain(`\n${p}`);
    const tzids = new Set([...text.matchAll(/;TZID=([^:;]+):/g)].map((m) => m[1]));
    for (const tz of tzids) expect(lines).toContain(`TZID:${tz}`);

    const cal = new ICAL.Component(ICAL.parse(text));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents).toHaveLength(events.length);
    const sydney = vevents.find((e) => e.summary === 'Christmas Day — APAC Support closed')!;
    expect(sydney.startDate.toString()).toBe('2026-12-25T00:00:00');
    expect(sydney.startDate.zone?.tzid).toBe('Australia/Sydney');
    expect(sydney.startDate.toJSDate().toISOString()).toBe('2026-12-24T13:00:00.000Z');
    expect(sydney.endDate.toJSDate().toISOString()).toBe('2026-12-25T13:00:00.000Z');
    expect(new Set(vevents.map((e) => e.uid)).size).toBe(vevents.length);
  });

  test('.csv: one row per date and extension, RFC 4180', async () => {
    const res = await call(bff, manager, 'GET', `/api/calendar.csv?from=2026-12-25&to=2026-12-25&site=${sydneySite}&type=callQueue`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text).toBe(
      'Date,Site,Extension,Type,State,Holiday\r\n2026-12-25,Sydney,APAC Sales,Call queue,Closed,Christmas Day\r\n2026-12-25,Sydney,APAC Support,Call queue,Closed,Christmas Day\r\n',
    );
  });
});
