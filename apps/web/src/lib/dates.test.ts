import { describe, expect, it } from 'vitest';
import { formatDayInZone, formatRangeInZone } from './dates';

describe('formatRangeInZone', () => {
  it('shows UTC instants in the auto receptionist’s zone (the day may differ from UTC)', () => {
    // 2026-12-25 00:00 in Sydney (summer, UTC+11) is 2026-12-24 13:00 UTC.
    const s = formatRangeInZone('2026-12-24T13:00:00Z', '2026-12-25T12:59:00Z', 'Australia/Sydney', 'en-US');
    expect(s).toContain('Dec 25, 2026');
    expect(s).toContain('12:00');
    expect(s).toContain('11:59');
    expect(s).not.toContain('Dec 24');
  });

  it('follows daylight saving time across the change in New York', () => {
    // 2026-03-08 is the spring-forward day: 06:00Z = 1:00 EST, 08:00Z = 4:00 EDT.
    const s = formatRangeInZone('2026-03-08T06:00:00Z', '2026-03-08T08:00:00Z', 'America/New_York', 'en-US');
    // two wall-clock hours apart would be 3:00; across the change it is 4:00
    expect(s).toMatch(/Mar 8, 2026, 1:00\s*–\s*4:00\s*AM/);
  });

  it('falls back to UTC for a missing or unknown zone', () => {
    expect(formatRangeInZone('2026-07-04T00:00:00Z', '2026-07-04T23:59:00Z', null, 'en-US')).toContain('Jul 4, 2026');
    expect(formatRangeInZone('2026-07-04T00:00:00Z', '2026-07-04T23:59:00Z', 'Mars/Olympus', 'en-US')).toContain('Jul 4, 2026');
  });

  it('says so when the dates are unreadable', () => {
    expect(formatRangeInZone('soon', 'later', 'UTC')).toBe('Dates unavailable');
  });
});

describe('formatDayInZone', () => {
  it('omits the year only for the current year', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(formatDayInZone('2026-12-24T13:00:00Z', 'Australia/Sydney', 'en-US', now)).toBe('Dec 25');
    expect(formatDayInZone('2027-01-01T05:00:00Z', 'America/New_York', 'en-US', now)).toBe('Jan 1, 2027');
  });
});
