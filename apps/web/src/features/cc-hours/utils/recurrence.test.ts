import { describe, expect, it } from 'vitest';
import type { Recurrence } from '@switchboard/routing-core/schedule/closures';
import { ordinal, recurrenceWords, weekOfMonth, withFrequency, withPattern } from './recurrence';

const xmas = '2027-12-25T00:00'; // a Saturday

describe('recurrenceWords', () => {
  it('says each kind in words, from the closure’s start', () => {
    expect(recurrenceWords({ frequency: 'never' }, xmas)).toBe('Once, not repeated');
    expect(recurrenceWords({ frequency: 'yearly', pattern: 'as_start' }, xmas)).toBe('Every year on 25 December');
    expect(recurrenceWords({ frequency: 'yearly', pattern: 'nth_weekday', month: 5, week: 'last', weekday: 'mon' }, xmas)).toBe(
      'Every year on the last Monday of May',
    );
    expect(recurrenceWords({ frequency: 'monthly', pattern: 'as_start' }, '2027-01-22T09:00')).toBe('Every month on the 22nd');
    expect(recurrenceWords({ frequency: 'monthly', pattern: 'nth_weekday', week: 'first', weekday: 'fri' }, xmas)).toBe(
      'Every month on the first Friday',
    );
    expect(recurrenceWords({ frequency: 'weekly', everyWeeks: 1, weekdays: ['fri', 'mon'] }, xmas)).toBe('Every week on Monday and Friday');
    expect(recurrenceWords({ frequency: 'weekly', everyWeeks: 2, weekdays: ['sat'] }, xmas)).toBe('Every 2 weeks on Saturday');
  });

  it('writes ordinals as people do', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st']);
  });
});

describe('switching kinds starts from the closure’s start', () => {
  it('weekly repeats on the start’s weekday', () => {
    expect(withFrequency({ frequency: 'never' }, 'weekly', xmas)).toEqual({ frequency: 'weekly', everyWeeks: 1, weekdays: ['sat'] });
  });

  it('yearly and monthly start as the start’s own date; customised takes its week, weekday and month', () => {
    const yearly = withFrequency({ frequency: 'never' }, 'yearly', xmas);
    expect(yearly).toEqual({ frequency: 'yearly', pattern: 'as_start' });
    expect(withPattern(yearly, 'nth_weekday', xmas)).toEqual({ frequency: 'yearly', pattern: 'nth_weekday', week: 'fourth', weekday: 'sat', month: 12 });
    expect(withPattern(withFrequency(yearly, 'monthly', xmas), 'nth_weekday', '2027-03-31T00:00')).toEqual({
      frequency: 'monthly',
      pattern: 'nth_weekday',
      week: 'last',
      weekday: 'wed',
    });
  });

  it('keeps the same kind as it is', () => {
    const r: Recurrence = { frequency: 'weekly', everyWeeks: 3, weekdays: ['mon', 'tue'] };
    expect(withFrequency(r, 'weekly', xmas)).toBe(r);
  });

  it('names the fifth week of a month the last', () => {
    expect(weekOfMonth('2027-12-29T00:00')).toBe('last');
    expect(weekOfMonth('2027-12-01T00:00')).toBe('first');
    expect(weekOfMonth('2027-12-08T00:00')).toBe('second');
  });
});
