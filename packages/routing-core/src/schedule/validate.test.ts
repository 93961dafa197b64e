import { describe, expect, it } from 'vitest';
import {
  closedWeek,
  holidaySchema,
  weekScheduleSchema,
  type DayHours,
  type WeekSchedule,
} from './model';
import {
  ccScheduleIssues,
  ccWeekScheduleSchema,
  phoneScheduleIssues,
  phoneWeekScheduleSchema,
} from './validate';

const week = (mon: DayHours, timezone = 'America/Los_Angeles'): WeekSchedule => ({
  ...closedWeek(timezone),
  days: { ...closedWeek(timezone).days, mon },
});
const ranges = (...rs: [string, string][]): DayHours => ({
  type: 'ranges',
  ranges: rs.map(([from, to]) => ({ from, to })),
});
const messages = (s: WeekSchedule) =>
  [...phoneScheduleIssues(s), ...ccScheduleIssues(s)].map((i) => i.message);

describe('week schedule model', () => {
  it('needs all seven days and a real time zone', () => {
    expect(weekScheduleSchema.safeParse(closedWeek('Europe/London')).success).toBe(true);
    const { sun: _sun, ...sixDays } = closedWeek('Europe/London').days;
    expect(weekScheduleSchema.safeParse({ timezone: 'Europe/London', days: sixDays }).success).toBe(
      false,
    );
    const bad = weekScheduleSchema.safeParse(closedWeek('Europe/Atlantis'));
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'Choose a time zone by its IANA name, e.g. Europe/London.',
    ]);
  });

  it('says which day has a time that is not HH:mm, a start at 24:00 or no ranges', () => {
    const parse = (mon: DayHours) =>
      weekScheduleSchema.safeParse(week(mon)).error?.issues.map((i) => i.message);
    expect(parse(ranges(['9:00', '17:00']))).toEqual([
      'Monday: "9:00" is not a time (HH:mm, e.g. 09:00).',
    ]);
    expect(parse(ranges(['24:00', '24:00']))).toEqual(['Monday: cannot start at 24:00.']);
    expect(parse(ranges(['09:00', '25:00']))).toEqual([
      'Monday: "25:00" is not a time (HH:mm, e.g. 17:00, or 24:00 for midnight).',
    ]);
    expect(parse({ type: 'ranges', ranges: [] })).toEqual([
      'Monday: add opening hours, or mark the day closed.',
    ]);
    expect(parse(ranges(['22:00', '24:00']))).toBeUndefined();
  });

  it('holidays end after they start and have a name', () => {
    expect(
      holidaySchema.safeParse({
        name: 'Christmas Day',
        start: '2026-12-25T00:00',
        end: '2026-12-25T23:59',
      }).success,
    ).toBe(true);
    const issues = holidaySchema
      .safeParse({ name: ' ', start: '2026-12-25T10:00', end: '2026-12-25T09:00' })
      .error?.issues.map((i) => i.message);
    expect(issues).toEqual(['Give the holiday a name.', 'The holiday must end after it starts.']);
    expect(
      holidaySchema.safeParse({ name: 'x', start: '2026-02-30T00:00', end: '2026-03-01T00:00' })
        .success,
    ).toBe(false);
  });
});

describe('rules before writing', () => {
  it('a range must start before it ends', () => {
    expect(messages(week(ranges(['17:00', '09:00'])))).toEqual([
      'Monday: 17:00–09:00 ends before it starts.',
      'Monday: 17:00–09:00 ends before it starts.',
    ]);
    expect(ccScheduleIssues(week(ranges(['09:00', '09:00']))).map((i) => i.message)).toEqual([
      'Monday: 09:00–09:00 ends as soon as it starts.',
    ]);
  });

  it('Zoom Phone allows one range a day; Contact Center several, in order and apart', () => {
    const split = week(ranges(['08:00', '12:00'], ['13:00', '17:00']));
    expect(phoneScheduleIssues(split).map((i) => i.message)).toEqual([
      'Monday: Zoom Phone allows one range of hours a day; 2 were given.',
    ]);
    expect(ccScheduleIssues(split)).toEqual([]);
    expect(
      ccScheduleIssues(week(ranges(['13:00', '17:00'], ['08:00', '12:00']))).map((i) => i.message),
    ).toEqual(['Monday: 08:00–12:00 is listed after 13:00–17:00; list the hours in order.']);
    expect(
      ccScheduleIssues(
        week(ranges(['08:00', '18:00'], ['10:00', '11:00'], ['12:00', '13:00'])),
      ).map((i) => i.message),
    ).toEqual([
      'Monday: 10:00–11:00 overlaps 08:00–18:00.',
      'Monday: 12:00–13:00 overlaps 08:00–18:00.',
    ]);
    // touching ranges are fine: ends are exclusive
    expect(ccScheduleIssues(week(ranges(['08:00', '12:00'], ['12:00', '24:00'])))).toEqual([]);
  });

  it('the flavoured schemas carry the issues with their paths', () => {
    const parsed = phoneWeekScheduleSchema.safeParse(
      week(ranges(['08:00', '12:00'], ['13:00', '17:00'])),
    );
    expect(parsed.error?.issues[0]?.path).toEqual(['days', 'mon', 'ranges']);
    expect(
      ccWeekScheduleSchema.safeParse(week(ranges(['08:00', '12:00'], ['13:00', '17:00']))).success,
    ).toBe(true);
  });
});
