import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ODD_ZONES, ZONES_WITH_DST } from '../testing/schedule-arbitraries';
import {
  fromZoomUtc,
  instantToLocal,
  isValidZone,
  localToInstant,
  localToOffsetTime,
  offsetTimeToLocal,
  toZoomUtc,
} from './zone-time';

const SYDNEY = 'Australia/Sydney';
const LA = 'America/Los_Angeles';

describe('wall clock ↔ instant', () => {
  it('a holiday entered as 25 Dec 2026 00:00–23:59 in Sydney is 24 Dec 13:00 – 25 Dec 12:59 UTC in Zoom, and reads back', () => {
    const from = toZoomUtc(localToInstant('2026-12-25T00:00', SYDNEY));
    const to = toZoomUtc(localToInstant('2026-12-25T23:59', SYDNEY));
    expect([from, to]).toEqual(['2026-12-24T13:00:00Z', '2026-12-25T12:59:00Z']);
    expect(instantToLocal(fromZoomUtc(from), SYDNEY)).toBe('2026-12-25T00:00');
    expect(instantToLocal(fromZoomUtc(to), SYDNEY)).toBe('2026-12-25T23:59');
  });

  it('a time skipped by spring-forward moves forward by the gap', () => {
    // Los Angeles, Sun 8 Mar 2026: 02:00 PST → 03:00 PDT
    expect(localToInstant('2026-03-08T02:30', LA)).toBe('2026-03-08T10:30:00Z');
    expect(instantToLocal('2026-03-08T10:30:00Z', LA)).toBe('2026-03-08T03:30');
    expect(localToInstant('2026-03-08T01:59', LA)).toBe('2026-03-08T09:59:00Z');
    expect(localToInstant('2026-03-08T03:00', LA)).toBe('2026-03-08T10:00:00Z');
    // Sydney, Sun 4 Oct 2026: 02:00 AEST → 03:00 AEDT
    expect(localToInstant('2026-10-04T02:30', SYDNEY)).toBe('2026-10-03T16:30:00Z');
    expect(instantToLocal('2026-10-03T16:30:00Z', SYDNEY)).toBe('2026-10-04T03:30');
  });

  it('a time repeated by fall-back takes the earlier instant', () => {
    // Los Angeles, Sun 1 Nov 2026: 01:30 happens at 08:30 UTC (PDT) and 09:30 UTC (PST)
    expect(localToInstant('2026-11-01T01:30', LA)).toBe('2026-11-01T08:30:00Z');
    expect(instantToLocal('2026-11-01T09:30:00Z', LA)).toBe('2026-11-01T01:30');
    // Sydney, Sun 5 Apr 2026: 02:30 happens at 15:30 UTC (AEDT) and 16:30 UTC (AEST)
    expect(localToInstant('2026-04-05T02:30', SYDNEY)).toBe('2026-04-04T15:30:00Z');
    expect(instantToLocal('2026-04-04T16:30:00Z', SYDNEY)).toBe('2026-04-05T02:30');
  });

  it('Contact Center instants carry the zone offset at that moment', () => {
    expect(localToOffsetTime('2026-12-25T00:00', SYDNEY)).toBe('2026-12-25T00:00:00+11:00');
    expect(localToOffsetTime('2026-07-01T09:00', SYDNEY)).toBe('2026-07-01T09:00:00+10:00');
    expect(offsetTimeToLocal('2026-12-24T13:00:00Z', SYDNEY)).toBe('2026-12-25T00:00');
    expect(offsetTimeToLocal('2023-01-01T00:00:00-04:00', 'America/New_York')).toBe(
      '2022-12-31T23:00',
    );
  });

  it('refuses what is not a time, an instant or a zone, with sentences', () => {
    expect(() => localToInstant('2026-02-30T09:00', LA)).toThrow(
      '"2026-02-30T09:00" is not a date and time (YYYY-MM-DDTHH:mm).',
    );
    expect(() => localToInstant('2026-12-25 09:00', LA)).toThrow(RangeError);
    expect(() => localToInstant('2026-12-25T09:00', 'Mars/Olympus')).toThrow(
      '"Mars/Olympus" is not a time zone name',
    );
    expect(() => instantToLocal('2026-12-25T09:00', LA)).toThrow('is not an instant');
    expect(() => fromZoomUtc('2026-12-25T09:00:00+01:00')).toThrow('is not a Zoom UTC time');
    expect(() => offsetTimeToLocal('2026-12-25T09:00:00', LA)).toThrow('with Z or an offset');
    expect(isValidZone('Europe/London')).toBe(true);
    expect(isValidZone('')).toBe(false);
  });

  it("toZoomUtc accepts any ISO instant and writes Zoom's format", () => {
    expect(toZoomUtc('2026-12-25T00:00:00+11:00')).toBe('2026-12-24T13:00:00Z');
    expect(toZoomUtc('2026-12-24T13:00:00.000Z')).toBe('2026-12-24T13:00:00Z');
  });
});

describe('round trips', () => {
  const zones = [...ZONES_WITH_DST, ...ODD_ZONES];
  const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  // any day, or one on which some zone's clocks change in 2026
  const changeDays = [
    '2026-03-08',
    '2026-11-01',
    '2026-03-29',
    '2026-10-25',
    '2026-04-05',
    '2026-10-04',
    '2026-09-27',
  ];
  const day = fc.oneof(
    fc.integer({ min: dayOf('1995-01-01'), max: dayOf('2040-01-01') }),
    fc.constantFrom(...changeDays.map(dayOf)),
  );

  it('every wall-clock minute of a day that exists reads back as itself; a skipped one moves forward', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), day, (zone, d) => {
        for (let m = 0; m < 1440; m++) {
          const local = new Date((d * 1440 + m) * 60_000).toISOString().slice(0, 16);
          const back = instantToLocal(localToInstant(local, zone), zone);
          // whether the minute exists, asked of luxon independently of zone-time.ts
          const exists = DateTime.fromISO(local, { zone }).toISO()!.slice(0, 16) === local;
          if (exists) expect(back).toBe(local);
          else expect(back > local).toBe(true);
        }
      }),
      { numRuns: 6 },
    );
  });

  it('the DST days of 2026 in Los Angeles and Sydney, minute by minute', () => {
    for (const [zone, date] of [
      [LA, '2026-03-08'],
      [LA, '2026-11-01'],
      [SYDNEY, '2026-04-05'],
      [SYDNEY, '2026-10-04'],
    ] as const) {
      let skipped = 0;
      for (let m = 0; m < 1440; m++) {
        const local = `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        if (instantToLocal(localToInstant(local, zone), zone) !== local) skipped++;
      }
      // spring-forward skips 60 minutes; fall-back skips none (repeated ones take the earlier instant)
      expect(skipped).toBe(date === '2026-03-08' || date === '2026-10-04' ? 60 : 0);
    }
  });

  it('Zoom UTC ↔ instant is the identity on whole seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800 }), (s) => {
        const zoom = new Date(s * 1000).toISOString().replace('.000Z', 'Z');
        expect(toZoomUtc(fromZoomUtc(zoom))).toBe(zoom);
      }),
    );
  });
});
