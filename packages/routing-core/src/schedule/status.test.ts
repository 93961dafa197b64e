import { describe, expect, it } from 'vitest';
import { closedWeek, type DayHours, type WeekSchedule } from './model';
import { nextChangeWords, statusAt } from './status';

const LA = 'America/Los_Angeles';
const SYDNEY = 'Australia/Sydney';
const nineToFive: DayHours = { type: 'ranges', ranges: [{ from: '09:00', to: '17:00' }] };
const officeWeek = (timezone: string): WeekSchedule => ({
  timezone,
  days: {
    mon: nineToFive,
    tue: nineToFive,
    wed: nineToFive,
    thu: nineToFive,
    fri: nineToFive,
    sat: { type: 'closed' },
    sun: { type: 'closed' },
  },
});
const withDay = (
  s: WeekSchedule,
  day: keyof WeekSchedule['days'],
  hours: DayHours,
): WeekSchedule => ({ ...s, days: { ...s.days, [day]: hours } });
const allWeek = (timezone: string, type: 'all_day' | 'closed'): WeekSchedule => ({
  timezone,
  days: Object.fromEntries(
    Object.keys(closedWeek(timezone).days).map((d) => [d, { type }]),
  ) as WeekSchedule['days'],
});

describe('statusAt', () => {
  it("open within the day's hours, until they end", () => {
    // Monday 9 March 2026, 10:00 PDT
    expect(statusAt(officeWeek(LA), [], '2026-03-09T17:00:00Z')).toEqual({
      state: 'open',
      reason: 'Open: Monday 09:00–17:00 (America/Los_Angeles)',
      until: '2026-03-10T00:00:00Z',
    });
  });

  it('closed outside them, until the next opening (across the weekend)', () => {
    expect(statusAt(officeWeek(LA), [], '2026-03-07T01:00:00Z')).toEqual({
      state: 'closed',
      reason: "Closed: outside Friday's hours",
      until: '2026-03-09T16:00:00Z', // Monday 09:00 PDT: the clocks changed on Sunday
    });
    expect(statusAt(officeWeek(LA), [], '2026-03-08T12:00:00Z').reason).toBe(
      'Closed: no opening hours on Sunday',
    );
  });

  it('a holiday wins over the week, and the words name its end in the zone', () => {
    const christmas = { name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59' };
    const status = statusAt(officeWeek(SYDNEY), [christmas], '2026-12-25T01:00:00Z'); // Fri 12:00 AEDT
    expect(status).toEqual({
      state: 'holiday',
      reason: 'Closed — Christmas Day',
      until: '2026-12-25T13:00:00Z',
    });
    expect(nextChangeWords(status.until, SYDNEY)).toBe('until Sat 26 Dec 00:00 AEDT');
    // Thursday afternoon: open until 17:00; that evening: closed until the holiday begins (a change of state too)
    expect(statusAt(officeWeek(SYDNEY), [christmas], '2026-12-24T05:00:00Z').until).toBe(
      '2026-12-24T06:00:00Z',
    );
    expect(statusAt(officeWeek(SYDNEY), [christmas], '2026-12-24T07:00:00Z')).toMatchObject({
      state: 'closed',
      until: '2026-12-24T13:00:00Z',
    });
  });

  it("an open day runs into a holiday: the change is the holiday's start", () => {
    const afternoon = { name: 'Office party', start: '2026-12-18T14:00', end: '2026-12-18T17:00' };
    expect(statusAt(officeWeek(LA), [afternoon], '2026-12-18T18:00:00Z').until).toBe(
      '2026-12-18T22:00:00Z',
    );
  });

  it('back-to-back holidays are one closed stretch; the first one names it', () => {
    const days = [
      { name: 'Boxing Day', start: '2026-12-26T00:00', end: '2026-12-26T23:59' },
      { name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59' },
    ];
    const s = statusAt(allWeek(LA, 'all_day'), days, '2026-12-25T20:00:00Z');
    expect(s).toEqual({
      state: 'holiday',
      reason: 'Closed — Christmas Day',
      until: '2026-12-27T08:00:00Z',
    });
  });

  it('never changes when always open or always closed with no holiday ahead', () => {
    expect(statusAt(allWeek(LA, 'all_day'), [], '2026-03-08T10:00:00Z')).toEqual({
      state: 'open',
      reason: 'Open: Sunday all day (America/Los_Angeles)',
      until: null,
    });
    expect(statusAt(allWeek(SYDNEY, 'closed'), [], '2026-10-03T16:00:00Z').until).toBeNull();
    expect(nextChangeWords(null, SYDNEY)).toBe('with no change ahead');
    const later = { name: 'Stocktake', start: '2027-01-04T00:00', end: '2027-01-04T23:59' };
    expect(statusAt(allWeek(SYDNEY, 'all_day'), [later], '2026-10-03T16:00:00Z').until).toBe(
      '2027-01-03T13:00:00Z',
    );
  });

  it("a 24:00 end meets the next day's 00:00 start without a change", () => {
    const late = withDay(
      withDay(officeWeek(LA), 'fri', { type: 'ranges', ranges: [{ from: '20:00', to: '24:00' }] }),
      'sat',
      {
        type: 'ranges',
        ranges: [{ from: '00:00', to: '02:00' }],
      },
    );
    expect(statusAt(late, [], '2026-03-07T05:00:00Z').until).toBe('2026-03-07T10:00:00Z'); // Sat 02:00 PST
  });

  it('ignores seconds: the state is the same for the whole minute', () => {
    expect(statusAt(officeWeek(LA), [], '2026-03-10T00:00:30Z').state).toBe('closed');
    expect(statusAt(officeWeek(LA), [], '2026-03-09T23:59:59.999Z').state).toBe('open');
    expect(statusAt(officeWeek(LA), [], '2026-03-09T16:59:59-07:00').until).toBe(
      '2026-03-10T00:00:00Z',
    );
  });
});

describe('statusAt across DST', () => {
  it('Los Angeles spring-forward: a Sunday 02:30 that never happens opens at 03:00', () => {
    const s = withDay(allWeek(LA, 'closed'), 'sun', {
      type: 'ranges',
      ranges: [{ from: '02:30', to: '04:00' }],
    });
    expect(statusAt(s, [], '2026-03-08T09:59:00Z')).toMatchObject({
      state: 'closed',
      until: '2026-03-08T10:00:00Z',
    });
    expect(statusAt(s, [], '2026-03-08T10:00:00Z')).toMatchObject({
      state: 'open',
      until: '2026-03-08T11:00:00Z',
    });
  });

  it('Los Angeles: Sunday 8 March lasts 23 hours, Sunday 1 November 25', () => {
    const sunday = withDay(allWeek(LA, 'closed'), 'sun', { type: 'all_day' });
    expect(statusAt(sunday, [], '2026-03-08T08:00:00Z').until).toBe('2026-03-09T07:00:00Z'); // opened 08:00Z
    expect(statusAt(sunday, [], '2026-11-01T07:00:00Z').until).toBe('2026-11-02T08:00:00Z'); // opened 07:00Z
    expect(statusAt(sunday, [], '2026-11-01T06:59:00Z').until).toBe('2026-11-01T07:00:00Z');
  });

  it('Los Angeles fall-back: hours ending at 01:30 end twice, as the clock reads 01:30 twice', () => {
    const s = withDay(allWeek(LA, 'closed'), 'sun', {
      type: 'ranges',
      ranges: [{ from: '00:00', to: '01:30' }],
    });
    expect(statusAt(s, [], '2026-11-01T08:00:00Z')).toMatchObject({
      state: 'open',
      until: '2026-11-01T08:30:00Z',
    }); // 01:00 PDT
    expect(statusAt(s, [], '2026-11-01T08:45:00Z')).toMatchObject({
      state: 'closed',
      until: '2026-11-01T09:00:00Z',
    }); // 01:45 PDT
    expect(statusAt(s, [], '2026-11-01T09:00:00Z')).toMatchObject({
      state: 'open',
      until: '2026-11-01T09:30:00Z',
    }); // 01:00 PST
  });

  it('Sydney spring-forward (Sun 4 Oct): a 23-hour Sunday, 02:00–02:59 never happens', () => {
    const s = withDay(allWeek(SYDNEY, 'closed'), 'sun', { type: 'all_day' });
    expect(statusAt(s, [], '2026-10-03T14:00:00Z').until).toBe('2026-10-04T13:00:00Z'); // 00:00 AEST → Mon 00:00 AEDT
    const early = withDay(allWeek(SYDNEY, 'closed'), 'sun', {
      type: 'ranges',
      ranges: [{ from: '02:15', to: '02:45' }],
    });
    expect(statusAt(early, [], '2026-10-03T15:30:00Z')).toMatchObject({
      state: 'closed',
      until: '2026-10-10T15:15:00Z',
    });
  });

  it('Sydney fall-back (Sun 5 Apr): a 25-hour Sunday, 02:00–02:59 happens twice', () => {
    const s = withDay(allWeek(SYDNEY, 'closed'), 'sun', { type: 'all_day' });
    expect(statusAt(s, [], '2026-04-04T13:00:00Z').until).toBe('2026-04-05T14:00:00Z'); // 00:00 AEDT → Mon 00:00 AEST
    const twice = withDay(allWeek(SYDNEY, 'closed'), 'sun', {
      type: 'ranges',
      ranges: [{ from: '02:30', to: '04:00' }],
    });
    expect(statusAt(twice, [], '2026-04-04T15:30:00Z')).toMatchObject({
      state: 'open',
      until: '2026-04-04T16:00:00Z',
    }); // 02:30 AEDT
    expect(statusAt(twice, [], '2026-04-04T16:00:00Z')).toMatchObject({
      state: 'closed',
      until: '2026-04-04T16:30:00Z',
    }); // 02:00 AEST
    expect(nextChangeWords('2026-04-04T16:30:00Z', SYDNEY)).toBe('until Sun 5 Apr 02:30 AEST');
  });

  it('words for other zones: the abbreviation where English has one, else the offset', () => {
    expect(nextChangeWords('2026-03-10T00:00:00Z', LA)).toBe('until Mon 9 Mar 17:00 PDT');
    expect(nextChangeWords('2026-07-01T08:00:00Z', 'Europe/London')).toBe(
      'until Wed 1 Jul 09:00 BST',
    );
    expect(nextChangeWords('2026-07-01T00:00:00Z', 'Asia/Tokyo')).toBe(
      'until Wed 1 Jul 09:00 GMT+9',
    );
  });
});
