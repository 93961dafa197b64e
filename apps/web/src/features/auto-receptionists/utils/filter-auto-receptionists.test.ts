import { describe, expect, it } from 'vitest';
import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
import { filterAutoReceptionists } from './filter-auto-receptionists';

const ar = (name: string, ext: string, siteId: string | null, numbers: string[] = []): AutoReceptionistSummary => ({
  id: `id-${ext}`,
  name,
  extensionId: `ext-${ext}`,
  extensionNumber: ext,
  site: siteId ? { id: siteId, name: siteId } : null,
  timezone: 'UTC',
  phoneNumbers: numbers,
});

const items = [
  ar('Support Line', '2000', 'ny', ['+14155550100']),
  ar('Main Line', '1000', 'ny', ['+14155550123']),
  ar('Sydney Reception', '3000', 'syd', ['+61290000000']),
  ar('Unassigned', '4000', null),
];

const names = (xs: AutoReceptionistSummary[]) => xs.map((x) => x.name);

describe('filterAutoReceptionists', () => {
  it('returns everything sorted by name with no filter', () => {
    expect(names(filterAutoReceptionists(items, {}))).toEqual(['Main Line', 'Support Line', 'Sydney Reception', 'Unassigned']);
  });
  it('matches any part of the name, ignoring case and surrounding spaces', () => {
    expect(names(filterAutoReceptionists(items, { q: '  LINE ' }))).toEqual(['Main Line', 'Support Line']);
  });
  it('matches the extension number', () => {
    expect(names(filterAutoReceptionists(items, { q: '300' }))).toEqual(['Sydney Reception']);
  });
  it('matches phone numbers by their digits, whatever the punctuation', () => {
    expect(names(filterAutoReceptionists(items, { q: '(415) 555-0123' }))).toEqual(['Main Line']);
  });
  it('does not treat a word with a digit in it as a phone number', () => {
    expect(names(filterAutoReceptionists(items, { q: 'line 555' }))).toEqual([]);
  });
  it('filters by site and combines with search', () => {
    expect(names(filterAutoReceptionists(items, { siteId: 'ny' }))).toEqual(['Main Line', 'Support Line']);
    expect(names(filterAutoReceptionists(items, { siteId: 'ny', q: 'support' }))).toEqual(['Support Line']);
    expect(names(filterAutoReceptionists(items, { siteId: 'syd', q: 'support' }))).toEqual([]);
  });
});
