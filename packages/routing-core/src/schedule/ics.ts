// Holidays as iCalendar (RFC 5545): CRLF line ends, content lines folded at 75
// octets (never inside a UTF-8 character), TEXT escaped (\\ \; \, \n), a UID
// and DTSTAMP on every event, DTSTART / DTEND on the wall clock of the
// extension's zone with TZID — and for each zone used, a VTIMEZONE whose
// observances are the zone's real offset changes around the events (read
// from the runtime's zone data through luxon), as the RFC requires for TZID.
// UTC needs none: its times end in Z.
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { spanEndExclusive, wall } from './calendar';
import { parseInstant, requireZone } from './zone-time';

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  /** Wall clock in `timezone`, "YYYY-MM-DDTHH:mm"; the end as Zoom holds it (23:59 covers the rest of the day). */
  start: string;
  end: string;
  timezone: string;
  categories?: string[];
}

const encoder = new TextEncoder();

/** One content line folded to lines of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const isUtc = (zone: string) => zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Z';
const basic = (dt: DateTime) => dt.toFormat("yyyyMMdd'T'HHmmss");
const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** A time property: `NAME;TZID=zone:…` on the zone's wall clock, or `NAME:…Z` for UTC. */
function timeProperty(name: string, local: string, zone: string): string {
  const w = wall(local);
  return isUtc(zone) ? `${name}:${basic(w)}Z` : `${name};TZID=${zone}:${basic(w)}`;
}

const HOUR_MS = 3_600_000;
const STEP_MS = 6 * HOUR_MS;

/** Instants (ms) in [from, to] where the zone's offset changes, each to the minute. */
function transitions(zone: IANAZone, from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = from; t < to; t += STEP_MS) {
    const next = Math.min(t + STEP_MS, to);
    if (zone.offset(t) === zone.offset(next)) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (zone.offset(mid) === zone.offset(lo)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}

/** VTIMEZONE for `name` covering [from, to] (ms): the offset in force at the start, then each change. */
export function vtimezone(name: string, from: number, to: number): string[] {
  requireZone(name);
  const zone = IANAZone.create(name);
  const observance = (at: number, fromOffset: number, toOffset: number) => {
    const kind = DateTime.fromMillis(at, { zone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
    const local = DateTime.fromMillis(at, { zone: FixedOffsetZone.instance(fromOffset) });
    return [
      `BEGIN:${kind}`,
      `DTSTART:${basic(local)}`,
      `TZOFFSETFROM:${offsetText(fromOffset)}`,
      `TZOFFSETTO:${offsetText(toOffset)}`,
      `END:${kind}`,
    ];
  };
  const first = zone.offset(from);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${name}`, ...observance(from, first, first)];
  for (const t of transitions(zone, from, to)) lines.push(...observance(t, zone.offset(t - 60_000), zone.offset(t)));
  lines.push('END:VTIMEZONE');
  return lines;
}

export function icsCalendar(events: readonly IcsEvent[], opts: { dtstamp: string; name: string }): string {
  const stamp = `${basic(parseInstant(opts.dtstamp).toUTC())}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Switchboard//Holiday calendar//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeText(opts.name)}`);
  // Each zone's observances cover its events, with a day to spare on either side.
  const spans = new Map<string, { from: number; to: number }>();
  for (const e of events) {
    if (isUtc(e.timezone)) continue;
    const from = wall(e.start).toMillis() - 2 * 24 * HOUR_MS;
    const to = wall(spanEndExclusive(e.end)).toMillis() + 2 * 24 * HOUR_MS;
    const s = spans.get(e.timezone);
    spans.set(e.timezone, { from: Math.min(from, s?.from ?? from), to: Math.max(to, s?.to ?? to) });
  }
  for (const [zone, s] of [...spans].sort(([a], [b]) => a.localeCompare(b))) lines.push(...vtimezone(zone, s.from, s.to));
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      timeProperty('DTSTART', e.start, e.timezone),
      timeProperty('DTEND', spanEndExclusive(e.end), e.timezone),
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
