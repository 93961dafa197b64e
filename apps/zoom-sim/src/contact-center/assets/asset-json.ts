// Assets as the documents print them: the full asset (get, create) and the
// list's summary.
import type { SimContext } from '../../context';
import type { CcAssetItemRecord, CcAssetRecord } from '../../state/contact-center';
import { ccOf } from '../common';
import type { Json } from '../common';
import { fileUrlOf } from './file-bytes';

export const defaultItemOf = (a: CcAssetRecord) => a.items.find((i) => i.isDefault) ?? a.items[0];

const categoryOf = (ctx: SimContext, a: CcAssetRecord) => ccOf(ctx).categories.find((c) => c.id === a.categoryId);

export function itemJson(ctx: SimContext, i: CcAssetItemRecord): Json {
  return {
    asset_item_id: i.id,
    asset_item_name: i.name,
    asset_item_language: i.language,
    is_default: i.isDefault,
    ...(i.content !== undefined ? { asset_item_content: i.content } : {}),
    ...(i.file ? { asset_item_file_url: fileUrlOf(ctx, i) } : {}),
    ...(i.voice ? { asset_item_voice: i.voice } : {}),
  };
}

export function assetJson(ctx: SimContext, a: CcAssetRecord): Json {
  const category = categoryOf(ctx, a);
  return {
    asset_id: a.id,
    asset_name: a.name,
    asset_description: a.description,
    asset_type: a.type,
    ...(category ? { category_id: category.id, category_name: category.name } : {}),
    asset_language_code: defaultItemOf(a)?.language,
    archived: a.archivedAt !== null,
    ...(a.archivedAt ? { archived_time: a.archivedAt } : {}),
    modified_by: a.modifiedBy,
    last_modified_time: a.lastModified,
    asset_items: a.items.map((i) => itemJson(ctx, i)),
  };
}

/** The list's entry; `itemsUrl` is the matching item's link when the list was asked for an item name. */
export function assetSummaryJson(ctx: SimContext, a: CcAssetRecord, itemsUrl: string): Json {
  const category = categoryOf(ctx, a);
  return {
    asset_id: a.id,
    asset_name: a.name,
    asset_description: a.description,
    asset_type: a.type,
    ...(category ? { asset_category_id: category.id, asset_category_name: category.name } : {}),
    asset_language_code: defaultItemOf(a)?.language,
    modified_by: a.modifiedBy,
    last_modified_time: a.lastModified,
    asset_items_url: itemsUrl,
  };
}
