import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WEEKDAYS,
  ccWeekday,
  fromCcWeekday,
  fromIsoWeekday,
  fromPhoneWeekday,
  phoneWeekday,
} from './weekdays';

describe('weekday numbering', () => {
  it('Zoom Phone counts from Sunday: 1 = Sunday … 7 = Saturday', () => {
    expect(WEEKDAYS.map(phoneWeekday)).toEqual([2, 3, 4, 5, 6, 7, 1]);
    expect([1, 2, 3, 4, 5, 6, 7].map(fromPhoneWeekday)).toEqual([
      'sun',
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
    ]);
  });

  it('Contact Center counts from Monday: 1 = Monday … 7 = Sunday', () => {
    expect(WEEKDAYS.map(ccWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([1, 2, 3, 4, 5, 6, 7].map(fromCcWeekday)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
  });

  it('the same number is a different day in each product', () => {
    expect(fromPhoneWeekday(1)).toBe('sun');
    expect(fromCcWeekday(1)).toBe('mon');
    expect(fromPhoneWeekday(7)).toBe('sat');
    expect(fromCcWeekday(7)).toBe('sun');
  });

  it('refuses numbers outside 1–7, with a sentence', () => {
    for (const n of [0, 8, -1, 1.5, Number.NaN]) {
      expect(() => fromPhoneWeekday(n)).toThrow(
        /Zoom Phone weekday must be a whole number from 1 to 7/,
      );
      expect(() => fromCcWeekday(n)).toThrow(
        /Contact Center day of the week must be a whole number from 1 to 7/,
      );
      expect(() => fromIsoWeekday(n)).toThrow(RangeError);
    }
  });

  it('a round trip through either numbering is the identity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WEEKDAYS), (day) => {
        expect(fromPhoneWeekday(phoneWeekday(day))).toBe(day);
        expect(fromCcWeekday(ccWeekday(day))).toBe(day);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), (n) => {
        expect(phoneWeekday(fromPhoneWeekday(n))).toBe(n);
        expect(ccWeekday(fromCcWeekday(n))).toBe(n);
        // and Phone → name → Contact Center lands on the same day, one number on (mod 7)
        expect(ccWeekday(fromPhoneWeekday(n))).toBe(((n + 5) % 7) + 1);
      }),
    );
  });
});
