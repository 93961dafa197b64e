// Sorting the loaded pages of the asset library (the BFF pages through Zoom
// in Zoom's order and offers no sort): by name, kind, category or last change.
import type { AssetSummary } from '@switchboard/contract/cc-assets';

export const SORTS = ['name', 'type', 'category', 'changed'] as const;
export type AssetSort = (typeof SORTS)[number];
export const SORT_WORDS: Record<AssetSort, string> = { name: 'Name', type: 'Type', category: 'Category', changed: 'Last changed' };

export const parseSort = (value: string | null): AssetSort => (SORTS as readonly string[]).includes(value ?? '') ? (value as AssetSort) : 'name';

const key = (a: AssetSummary, sort: AssetSort): string => {
  if (sort === 'type') return a.type;
  if (sort === 'category') return a.categoryName ?? '\uffff';
  if (sort === 'changed') return a.lastModified ?? '';
  return a.name;
};

/** A new list in the chosen order (ties by name); the newest change first when sorting by change. */
export function sortAssets(items: readonly AssetSummary[], sort: AssetSort): AssetSummary[] {
  const dir = sort === 'changed' ? -1 : 1;
  return [...items].sort((a, b) => dir * key(a, sort).localeCompare(key(b, sort)) || a.name.localeCompare(b.name));
}
