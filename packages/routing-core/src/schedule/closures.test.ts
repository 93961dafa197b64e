import { describe, expect, it } from 'vitest';
import { closureIssues, closureSchema, expandClosure, type Closure } from './closures';

const LONDON = 'Europe/London';
const christmas: Closure = {
  name: 'Christmas Day',
  start: '2026-12-25T00:00',
  end: '2026-12-25T23:59',
  allDay: true,
  timezone: LONDON,
  recurrence: { frequency: 'yearly', pattern: 'as_start' },
};

describe('expandClosure', () => {
  it('a closure recurring every year on 25 December occurs once a year, on the 25th', () => {
    expect(expandClosure(christmas, '2027-01-01', '2029-12-31')).toEqual([
      { start: '2027-12-25T00:00', end: '2027-12-25T23:59' },
      { start: '2028-12-25T00:00', end: '2028-12-25T23:59' },
      { start: '2029-12-25T00:00', end: '2029-12-25T23:59' },
    ]);
  });

  it("never before the closure's own start; both dates of the window count", () => {
    expect(expandClosure(christmas, '2020-01-01', '2026-12-24')).toEqual([]);
    expect(expandClosure(christmas, '2026-12-25', '2026-12-25')).toEqual([
      { start: '2026-12-25T00:00', end: '2026-12-25T23:59' },
    ]);
    expect(() => expandClosure(christmas, '2027-01-02', '2027-01-01')).toThrow(
      '2027-01-01 is before 2027-01-02.',
    );
    expect(() => expandClosure(christmas, '2027-1-1', '2027-01-31')).toThrow('YYYY-MM-DD');
  });

  it('an occurrence that began before the window and runs into it counts', () => {
    const newYear: Closure = {
      ...christmas,
      name: 'New Year',
      start: '2026-12-31T18:00',
      end: '2027-01-01T12:00',
      allDay: false,
      recurrence: { frequency: 'never' },
    };
    expect(expandClosure(newYear, '2027-01-01', '2027-01-31')).toEqual([
      { start: '2026-12-31T18:00', end: '2027-01-01T12:00' },
    ]);
    expect(expandClosure(newYear, '2027-01-02', '2027-01-31')).toEqual([]);
  });

  it('a wall-clock span keeps its clock times across DST (it does not drift an hour)', () => {
    const weekly: Closure = {
      ...christmas,
      name: 'Team meeting',
      start: '2027-03-22T09:00',
      end: '2027-03-22T11:00',
      allDay: false,
      recurrence: { frequency: 'weekly', everyWeeks: 1, weekdays: ['mon'] },
    };
    // British Summer Time starts on Sunday 28 March 2027
    expect(expandClosure(weekly, '2027-03-22', '2027-04-05')).toEqual([
      { start: '2027-03-22T09:00', end: '2027-03-22T11:00' },
      { start: '2027-03-29T09:00', end: '2027-03-29T11:00' },
      { start: '2027-04-05T09:00', end: '2027-04-05T11:00' },
    ]);
  });

  it("every second week on Monday and Friday, counted from the start's week", () => {
    const c: Closure = {
      ...christmas,
      start: '2027-01-04T00:00',
      end: '2027-01-04T23:59',
      recurrence: { frequency: 'weekly', everyWeeks: 2, weekdays: ['mon', 'fri'] },
    };
    expect(expandClosure(c, '2027-01-01', '2027-01-31').map((o) => o.start.slice(0, 10))).toEqual([
      '2027-01-04',
      '2027-01-08',
      '2027-01-18',
      '2027-01-22',
    ]);
    // a window far from the start keeps the fortnightly rhythm
    expect(expandClosure(c, '2027-03-01', '2027-03-14').map((o) => o.start.slice(0, 10))).toEqual([
      '2027-03-01',
      '2027-03-05',
    ]);
  });

  it('monthly on the start\'s day skips months without it; nth weekday and "last" weekday', () => {
    const monthEnd: Closure = {
      ...christmas,
      start: '2027-01-31T00:00',
      end: '2027-01-31T23:59',
      recurrence: { frequency: 'monthly', pattern: 'as_start' },
    };
    expect(
      expandClosure(monthEnd, '2027-01-01', '2027-05-31').map((o) => o.start.slice(0, 10)),
    ).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
    const firstFriday: Closure = {
      ...monthEnd,
      start: '2027-01-01T00:00',
      end: '2027-01-01T23:59',
      recurrence: { frequency: 'monthly', pattern: 'nth_weekday', week: 'first', weekday: 'fri' },
    };
    expect(
      expandClosure(firstFriday, '2027-01-01', '2027-03-31').map((o) => o.start.slice(0, 10)),
    ).toEqual(['2027-01-01', '2027-02-05', '2027-03-05']);
    const lastMonday: Closure = {
      ...monthEnd,
      start: '2027-05-31T00:00',
      end: '2027-05-31T23:59',
      recurrence: {
        frequency: 'yearly',
        pattern: 'nth_weekday',
        month: 5,
        week: 'last',
        weekday: 'mon',
      },
    };
    expect(
      expandClosure(lastMonday, '2027-01-01', '2029-12-31').map((o) => o.start.slice(0, 10)),
    ).toEqual(['2027-05-31', '2028-05-29', '2029-05-28']);
  });

  it('29 February recurs only in leap years', () => {
    const leap: Closure = { ...christmas, start: '2028-02-29T00:00', end: '2028-02-29T23:59' };
    expect(
      expandClosure(leap, '2028-01-01', '2033-12-31').map((o) => o.start.slice(0, 10)),
    ).toEqual(['2028-02-29', '2032-02-29']);
  });
});

describe('closure rules', () => {
  it("Zoom's rules for start and end, as sentences", () => {
    expect(closureIssues(christmas)).toEqual([]);
    const msg = (c: Closure) => closureIssues(c).map((i) => i.message);
    expect(msg({ ...christmas, end: '2026-12-24T23:59' })).toEqual([
      '"Christmas Day": the end must come after the start.',
    ]);
    expect(msg({ ...christmas, end: '2027-01-01T23:59' })).toEqual([
      '"Christmas Day": a closure that recurs every year must start and end in the same year.',
    ]);
    expect(
      msg({
        ...christmas,
        end: '2027-01-01T23:59',
        recurrence: { frequency: 'monthly', pattern: 'as_start' },
      })[0],
    ).toMatch(/same month/);
    // Fri 25 Dec to Mon 28 Dec crosses a Monday
    expect(
      msg({
        ...christmas,
        end: '2026-12-28T23:59',
        recurrence: { frequency: 'weekly', everyWeeks: 1, weekdays: ['fri'] },
      })[0],
    ).toMatch(/same week \(Monday to Sunday\)/);
    expect(
      msg({ ...christmas, end: '2027-01-01T23:59', recurrence: { frequency: 'never' } }),
    ).toEqual([]);
  });

  it('the schema refuses a weekly closure with no weekday and an unknown zone', () => {
    const bad = closureSchema.safeParse({
      ...christmas,
      timezone: 'Europe/Lyonesse',
      recurrence: { frequency: 'weekly', everyWeeks: 1, weekdays: [] },
    });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'Choose a time zone by its IANA name, e.g. Europe/London.',
      'Choose at least one day of the week.',
    ]);
  });
});
