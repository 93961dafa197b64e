import { describe, expect, it } from 'vitest';
import type { AssetSummary } from '@switchboard/contract/cc-assets';
import { parseSort, sortAssets } from './sort-assets';

const asset = (name: string, type: string, categoryName: string | null, lastModified: string | null): AssetSummary => ({
  id: name,
  name,
  description: '',
  type,
  categoryId: categoryName,
  categoryName,
  language: 'en-US',
  modifiedBy: null,
  lastModified,
});
const items = [
  asset('Welcome', 'audio', 'Greetings', '2026-01-02T00:00:00Z'),
  asset('Avatar', 'image', null, '2026-03-01T00:00:00Z'),
  asset('Chat hello', 'text', 'Chat Replies', null),
];

describe('sortAssets', () => {
  it('sorts by name, kind, category (none last) and newest change first', () => {
    expect(sortAssets(items, 'name').map((a) => a.name)).toEqual(['Avatar', 'Chat hello', 'Welcome']);
    expect(sortAssets(items, 'type').map((a) => a.name)).toEqual(['Welcome', 'Avatar', 'Chat hello']);
    expect(sortAssets(items, 'category').map((a) => a.name)).toEqual(['Chat hello', 'Welcome', 'Avatar']);
    expect(sortAssets(items, 'changed').map((a) => a.name)).toEqual(['Avatar', 'Welcome', 'Chat hello']);
  });
  it('reads an unknown sort as by name', () => {
    expect(parseSort('bogus')).toBe('name');
    expect(parseSort('changed')).toBe('changed');
  });
});
