import { describe, expect, it } from 'vitest';
import type { WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { closureWarning, openEveryDay } from './closure-warning';

const always: WeekSchedule = {
  timezone: 'Australia/Sydney',
  days: { mon: { type: 'all_day' }, tue: { type: 'all_day' }, wed: { type: 'all_day' }, thu: { type: 'all_day' }, fri: { type: 'all_day' }, sat: { type: 'ranges', ranges: [{ from: '10:00', to: '14:00' }] }, sun: { type: 'all_day' } },
};
const weekdays: WeekSchedule = { ...always, days: { ...always.days, sun: { type: 'closed' } } };
const xmas = [{ name: 'Christmas Day', start: '2027-12-25T00:00' }];

describe('closureWarning', () => {
  it('warns when a queue open every day gets a closure set with closures ahead', () => {
    expect(openEveryDay(always)).toBe(true);
    expect(closureWarning('Support', always, 'Holidays AU', xmas)).toBe(
      'Support is meant to be open every day, but “Holidays AU” closes it once in the coming year: Christmas Day (25 Dec 2027).',
    );
    const many = [...xmas, { name: 'Boxing Day', start: '2027-12-26T00:00' }, { name: 'New Year', start: '2028-01-01T00:00' }];
    expect(closureWarning('Support', always, 'Holidays AU', many)).toMatch(/closes it 3 times in the coming year: Christmas Day \(25 Dec 2027\), Boxing Day \(26 Dec 2027\) and 1 more\.$/);
  });

  it('says nothing for a queue closed some day, no closure set, or no closure ahead', () => {
    expect(openEveryDay(weekdays)).toBe(false);
    expect(closureWarning('Support', weekdays, 'Holidays AU', xmas)).toBeNull();
    expect(closureWarning('Support', always, null, xmas)).toBeNull();
    expect(closureWarning('Support', always, 'Holidays AU', [])).toBeNull();
    expect(closureWarning('Support', null, 'Holidays AU', xmas)).toBeNull();
  });
});
