// Zoom's assets as the contract's: items per language with a default, the
// file of an item served through the BFF (never Zoom's link), and the
// version a change is based on. Zoom shapes stop here.
import type { AssetItemInput, AssetResponse, AssetSummary } from '@switchboard/contract/cc-assets';
import type { CcAssetRead, CcAssetSummaryRead } from '@switchboard/zoom-schema/contact-center-assets';
import type { Mismatch } from '../../write-pipeline/types';
import { versionOf } from './cc-write';

export type AssetState = AssetResponse['asset'];

export const assetFileUrl = (assetId: string, itemId: string) =>
  `/api/cc/assets/${encodeURIComponent(assetId)}/items/${encodeURIComponent(itemId)}/file`;

export function assetSummary(a: CcAssetSummaryRead): AssetSummary {
  return {
    id: a.asset_id,
    name: a.asset_name,
    description: a.asset_description ?? '',
    type: a.asset_type,
    categoryId: a.asset_category_id || null,
    categoryName: a.asset_category_name || null,
    language: a.asset_language_code || null,
    modifiedBy: a.modified_by || null,
    lastModified: a.last_modified_time || null,
  };
}

export function assetState(a: CcAssetRead): AssetState {
  return {
    id: a.asset_id,
    name: a.asset_name,
    description: a.asset_description ?? '',
    type: a.asset_type,
    categoryId: a.category_id || null,
    categoryName: a.category_name || null,
    language: a.asset_language_code || null,
    modifiedBy: a.modified_by || null,
    lastModified: a.last_modified_time || null,
    items: a.asset_items.map((i) => ({
      id: i.asset_item_id,
      name: i.asset_item_name ?? i.asset_item_language,
      language: i.asset_item_language,
      isDefault: i.is_default ?? false,
      content: i.asset_item_content ?? null,
      voice: i.asset_item_voice ?? null,
      fileUrl: i.asset_item_file_url ? assetFileUrl(a.asset_id, i.asset_item_id) : null,
    })),
  };
}

/** What a change is based on: the asset's content, not who touched it last or when. */
export const assetVersion = (a: AssetState | null) =>
  a === null ? 'absent' : versionOf({ ...a, modifiedBy: null, lastModified: null, categoryName: null });

/** Zoom's item fields for a text or text-to-speech item (JSON create or update). */
export function itemWrite(i: AssetItemInput) {
  return {
    ...(i.id ? { asset_item_id: i.id } : {}),
    asset_item_language: i.language,
    asset_item_name: i.name ?? i.language,
    ...(i.isDefault !== undefined ? { is_default: i.isDefault } : {}),
    ...(i.content !== undefined ? { asset_item_content: i.content } : {}),
    ...(i.voice !== undefined ? { asset_item_voice: i.voice } : {}),
  };
}

/** Items the read-back lacks or holds differently, by language. */
export function itemMismatches(want: readonly AssetItemInput[], got: AssetState | null): Mismatch[] {
  const out: Mismatch[] = [];
  for (const w of want) {
    const g = got?.items.find((i) => i.language === w.language);
    const say = (field: string, expected: unknown, actual: unknown) => out.push({ field: `${w.language} item: ${field}`, expected: String(expected), actual: String(actual ?? 'none') });
    if (!g) {
      say('present', 'yes', 'no');
      continue;
    }
    if (w.name !== undefined && g.name !== w.name) say('name', w.name, g.name);
    if (w.content !== undefined && g.content !== w.content) say('words', w.content, g.content);
    if (w.voice !== undefined && g.voice !== w.voice) say('voice', w.voice, g.voice);
    if (w.isDefault === true && !g.isDefault) say('default', 'yes', 'no');
  }
  return out;
}
