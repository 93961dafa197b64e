import { describe, expect, it } from 'vitest';
import { spanWords } from './closure-words';

describe('spanWords', () => {
  it('says a closure’s span on its own clock', () => {
    expect(spanWords({ start: '2027-12-25T00:00', end: '2027-12-25T23:59', allDay: true })).toBe('25 Dec 2027, all day');
    expect(spanWords({ start: '2027-12-24T00:00', end: '2027-12-26T23:59', allDay: true })).toBe('24 Dec 2027 – 26 Dec 2027, all day');
    expect(spanWords({ start: '2027-12-24T13:00', end: '2027-12-24T17:30', allDay: false })).toBe('24 Dec 2027, 13:00–17:30');
    expect(spanWords({ start: '2027-12-24T17:00', end: '2027-12-26T09:00', allDay: false })).toBe('24 Dec 2027 17:00 – 26 Dec 2027 09:00');
  });
});
