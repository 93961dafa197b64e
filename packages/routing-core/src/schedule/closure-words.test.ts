import { describe, expect, it } from 'vitest';
import { describeClosure, describeRecurrence } from './closure-words';

describe('closures in words', () => {
  it('says the span and how it recurs', () => {
    expect(describeClosure({ start: '2026-12-25T00:00', end: '2026-12-25T23:59', allDay: true, recurrence: { frequency: 'yearly', pattern: 'as_start' } })).toBe(
      'Fri 25 Dec 2026 (all day), every year',
    );
    expect(describeRecurrence({ frequency: 'weekly', everyWeeks: 2, weekdays: ['mon', 'fri'] })).toBe('every 2 weeks on Monday and Friday');
    expect(describeRecurrence({ frequency: 'yearly', pattern: 'nth_weekday', month: 5, week: 'last', weekday: 'mon' })).toBe('every year on the last Monday of May');
    expect(describeRecurrence({ frequency: 'never' })).toBe('once');
  });
});
