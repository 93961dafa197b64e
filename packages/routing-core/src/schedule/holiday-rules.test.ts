// Holiday rules before a write (sentences, nothing sent), spans in words,
// the holiday calendar across extensions, and hours in words.
import { describe, expect, it } from 'vitest';
import { diffHours, verifyHours } from './hours-diff';
import { holidayCalendar, holidayDates } from './holiday-calendar';
import { describeHolidaySpan, holidayIssues, isWholeDays } from './holiday-rules';
import { closedWeek, type Holiday } from './model';

const SYDNEY = 'Australia/Sydney';
const NOW = '2026-11-30T15:00:00Z';
const christmas: Holiday = { id: 'h1', name: 'Christmas Day', start: '2026-12-25T00:00', end: '2026-12-25T23:59' };

describe('holidayIssues', () => {
  const check = { timezone: SYDNEY, existing: [christmas], now: NOW };

  it('accepts a future holiday that overlaps nothing, and the holiday itself when edited', () => {
    expect(holidayIssues({ name: 'Boxing Day', start: '2026-12-26T00:00', end: '2026-12-26T23:59' }, check)).toEqual([]);
    expect(holidayIssues({ ...christmas, name: 'Christmas' }, check)).toEqual([]);
  });

  it('refuses an overlap with one of the extension’s holidays, naming both', () => {
    const issues = holidayIssues({ name: 'Christmas Eve and Day', start: '2026-12-24T12:00', end: '2026-12-25T09:00' }, check);
    expect(issues.map((i) => i.message)).toEqual([
      '"Christmas Eve and Day" (Thu 24 Dec 2026 12:00 – Fri 25 Dec 2026 09:00) overlaps "Christmas Day" (Fri 25 Dec 2026), which this extension already has. Change the dates, or edit that holiday instead.',
    ]);
  });

  it('touching holidays do not overlap (an end at 23:59 reaches midnight)', () => {
    expect(holidayIssues({ name: 'Boxing Day', start: '2026-12-26T00:00', end: '2026-12-26T12:00' }, check)).toEqual([]);
    expect(holidayIssues({ name: 'Eve', start: '2026-12-24T00:00', end: '2026-12-25T00:00' }, check)).toEqual([]);
  });

  it('refuses an end before the start and a holiday wholly in the past', () => {
    expect(holidayIssues({ name: 'Backwards', start: '2026-12-25T10:00', end: '2026-12-25T09:00' }, check)[0]!.message).toBe(
      'The holiday must end after it starts.',
    );
    expect(holidayIssues({ name: 'Christmas Day', start: '2025-12-25T00:00', end: '2025-12-25T23:59' }, check)[0]!.message).toBe(
      '"Christmas Day" (Thu 25 Dec 2025, Australia/Sydney) is over already: a holiday wholly in the past changes nothing. Check the year.',
    );
    // one that has begun and not ended is fine
    expect(holidayIssues({ name: 'Today', start: '2026-11-30T00:00', end: '2026-12-01T23:59' }, { ...check, existing: [] })).toEqual([]);
  });

  it('refuses a blank name and times that are not wall-clock times', () => {
    expect(holidayIssues({ name: ' ', start: '2026-12-25T00:00', end: '2026-12-25T23:59' }, check)[0]!.message).toBe('Give the holiday a name.');
    expect(holidayIssues({ name: 'X', start: '2026-12-25 00:00', end: '2026-12-25T23:59' }, check)[0]!.message).toMatch(/YYYY-MM-DDTHH:mm/);
  });

  it('a span collapsed by spring-forward is refused', () => {
    // Sydney's clocks jump 02:00 → 03:00 on 4 Oct 2026: 02:30 is moved to 03:30, the end
    const issues = holidayIssues({ name: 'Gap', start: '2026-10-04T02:30', end: '2026-10-04T03:30' }, { ...check, existing: [], now: '2026-01-01T00:00:00Z' });
    expect(issues[0]!.message).toMatch(/ends before it starts once the clocks change/);
  });
});

describe('spans in words', () => {
  it('whole days, several days, and times', () => {
    expect(isWholeDays(christmas)).toBe(true);
    expect(describeHolidaySpan(christmas)).toBe('Fri 25 Dec 2026');
    expect(describeHolidaySpan({ start: '2026-12-24T00:00', end: '2026-12-26T23:59' })).toBe('Thu 24 Dec 2026 – Sat 26 Dec 2026');
    expect(describeHolidaySpan({ start: '2026-12-24T00:00', end: '2026-12-26T00:00' })).toBe('Thu 24 Dec 2026 – Fri 25 Dec 2026');
    expect(describeHolidaySpan({ start: '2026-12-24T12:00', end: '2026-12-24T17:00' })).toBe('Thu 24 Dec 2026 12:00–17:00');
  });
});

describe('holidayCalendar', () => {
  const site = { id: 's1', name: 'Sydney' };
  const exts = [
    { extensionId: 'a', name: 'APAC Sales', type: 'callQueue', site, holidays: [christmas, { name: 'Bank Holiday (NSW)', start: '2026-12-28T00:00', end: '2026-12-28T23:59' }] },
    { extensionId: 'b', name: 'APAC Support', type: 'callQueue', site, holidays: [christmas] },
    { extensionId: 'c', name: 'Elsewhere', type: 'user', site: null, holidays: [] },
  ];

  it('says per date who is closed for which holiday, and where siblings differ', () => {
    const days = holidayCalendar(exts, '2026-12-25', '2026-12-28');
    expect(days.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28']);
    expect(days[0]!.closed.map((c) => `${c.name}: ${c.holiday}`)).toEqual(['APAC Sales: Christmas Day', 'APAC Support: Christmas Day']);
    expect(days[0]!.open.map((o) => o.name)).toEqual(['Elsewhere']);
    expect(days[0]!.sitesSplit).toEqual([]);
    expect(days[1]!.closed).toEqual([]);
    expect(days[3]!.closed.map((c) => c.extensionId)).toEqual(['a']);
    expect(days[3]!.sitesSplit).toEqual([site]);
  });

  it('a holiday spanning dates closes each of them; one ending at midnight not the next', () => {
    expect(holidayDates({ start: '2026-12-24T12:00', end: '2026-12-26T00:00' })).toEqual({ first: '2026-12-24', last: '2026-12-25' });
    expect(holidayDates({ start: '2026-12-24T12:00', end: '2026-12-26T09:00' })).toEqual({ first: '2026-12-24', last: '2026-12-26' });
    const days = holidayCalendar([{ ...exts[2]!, holidays: [{ name: 'Long', start: '2026-12-20T00:00', end: '2026-12-31T23:59' }] }], '2026-12-30', '2027-01-01');
    expect(days.map((d) => d.closed.length)).toEqual([1, 1, 0]);
  });
});

describe('hours in words', () => {
  it('per weekday and for the closed-hours routing; verify reports what Zoom lacks', () => {
    const a = { schedule: closedWeek(SYDNEY), closedRouting: { action: 1, target: null } };
    const b = {
      schedule: { ...a.schedule, days: { ...a.schedule.days, mon: { type: 'ranges' as const, ranges: [{ from: '09:00', to: '17:00' }] } } },
      closedRouting: { action: 14, target: null },
    };
    expect(diffHours(a, b)).toEqual([
      { field: 'Monday', before: 'Closed', after: '09:00–17:00' },
      { field: 'Closed-hours routing', before: 'Send to voicemail', after: 'Play the closed-hours menu' },
    ]);
    expect(verifyHours(b, a)).toEqual([
      { field: 'Monday', expected: '09:00–17:00', actual: 'Closed' },
      { field: 'Closed-hours routing', expected: 'Play the closed-hours menu', actual: 'Send to voicemail' },
    ]);
    expect(verifyHours(b, b)).toEqual([]);
  });
});
