import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '@switchboard/contract/calendar';
import { closedCount, closedShare, siblingsDiffer, someNames, summarizeDay } from './day-summary';

const ext = (name: string, type = 'callQueue' as const) => ({ extensionId: name.toLowerCase().replace(/\W+/g, '-'), name, type });
const day = (date: string, closed: string[], open: string[], split: string[] = []): CalendarDay => ({
  date,
  closed: closed.map((n) => ({ ...ext(n), holiday: 'Christmas Day' })),
  open: open.map((n) => ext(n)),
  sitesSplit: split.map((name) => ({ id: name, name })),
});

describe('a calendar day in words', () => {
  it('says how many of how many are closed, and names the open ones', () => {
    const closed = Array.from({ length: 9 }, (_, i) => `Queue ${i + 1}`);
    const d = day('2026-12-25', closed, ['Sales AU', 'Billing', 'UK Support']);
    expect(summarizeDay(d)).toBe('25 Dec: 9 of 12 closed — open: Sales AU, Billing and UK Support');
    expect(closedShare(d)).toBe('some');
  });

  it('shortens a long list of open ones to the first three and how many more', () => {
    const d = day('2026-12-24', ['UK Sales'], ['A', 'B', 'C', 'D', 'E']);
    expect(summarizeDay(d)).toBe('24 Dec: 1 of 6 closed — open: A, B, C and 2 more');
  });

  it('says when all are open or all are closed, without a list', () => {
    expect(summarizeDay(day('2026-12-01', [], ['A', 'B']))).toBe('1 Dec: All 2 open');
    expect(summarizeDay(day('2027-01-01', ['A', 'B'], []))).toBe('1 Jan: All 2 closed');
    expect(closedShare(day('2027-01-01', ['A'], []))).toBe('all');
    expect(closedCount(day('2027-01-02', [], []))).toBe('No extensions');
  });

  it('marks the days where siblings (same site) differ, naming the sites', () => {
    expect(siblingsDiffer(day('2026-12-24', ['UK Sales'], ['UK Support'], ['London']))).toBe('Siblings differ in London');
    expect(siblingsDiffer(day('2026-12-25', ['A'], ['B'], ['London', 'Sydney', 'San Francisco']))).toBe(
      'Siblings differ in London, Sydney and 1 more',
    );
    expect(siblingsDiffer(day('2026-12-26', ['A'], ['B']))).toBeNull();
  });

  it('joins names as a sentence does', () => {
    expect(someNames([])).toBe('');
    expect(someNames(['A'])).toBe('A');
    expect(someNames(['A', 'B'])).toBe('A and B');
  });
});
