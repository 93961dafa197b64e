import { describe, expect, it } from 'vitest';
import { leadingBlanks, monthRange, monthsOf, parseView, shiftMonth, yearRange } from './calendar-range';

describe('calendar ranges', () => {
  it('covers a month, leap Februaries included, and a year', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(yearRange('2027')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(monthsOf('2027')).toHaveLength(12);
  });

  it('steps months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
  });

  it('places the first day in a Monday-first week', () => {
    expect(leadingBlanks('2026-12')).toBe(1); // Tuesday
    expect(leadingBlanks('2027-02')).toBe(0); // Monday
    expect(leadingBlanks('2026-11')).toBe(6); // Sunday
  });

  it('reads the view from the address, else this month', () => {
    expect(parseView(new URLSearchParams('month=2026-12'), '2026-11-30')).toEqual({ kind: 'month', month: '2026-12' });
    expect(parseView(new URLSearchParams('year=2027'), '2026-11-30')).toEqual({ kind: 'year', year: '2027' });
    expect(parseView(new URLSearchParams('month=2026-13'), '2026-11-30')).toEqual({ kind: 'month', month: '2026-11' });
  });
});
