// Creating (Light, 201 with the asset) and updating (Light, 204) assets, from
// multipart/form-data or JSON (asset-input.ts). Uploads are parsed as a
// stream in a scope of their own, so only these two operations take
// multipart bodies.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { decidedError } from '../../platform/decisions';
import { CC_DECIDED } from '../../platform/decisions-contact-center';
import { documentedError } from '../../platform/operations';
import type { CcAssetItemRecord, CcAssetRecord, CcAssetType } from '../../state/contact-center';
import { ccOf, ccValidationFailed, touch } from '../common';
import type { Json } from '../common';
import { readAssetInput } from './asset-input';
import type { AssetInput } from './asset-input';
import { assetJson } from './asset-json';
import { ASSET_TYPES, checkCategory, checkDescription, checkName, MAX_ASSETS, storeHasRoom } from './asset-rules';
import { MAX_REQUEST_UPLOAD } from './file-types';
import { buildItem, settleItems } from './item-rules';

type ById = { Params: { assetId: string } };

/** JSON bodies may carry a file in base64 (a third larger than the file). */
const JSON_BODY_LIMIT = 16 * 1024 * 1024;

const uploadedBytes = (items: CcAssetItemRecord[], before: CcAssetItemRecord[] = []) =>
  items.reduce((sum, i) => sum + (i.file?.kind === 'bytes' && !before.some((b) => b.file === i.file) ? i.file.data.length : 0), 0);

export function registerAssetWriteRoutes(api: FastifyInstance, ctx: SimContext) {
  api.register(async (scope) => {
    await scope.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: MAX_REQUEST_UPLOAD + 1, files: 26, fields: 200, fieldSize: 1024 * 1024, parts: 300 } });

    scope.post('/contact_center/asset_library/assets', { bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
      const input = await readAssetInput(request);
      const f = input.fields;
      if (!ASSET_TYPES.includes(f.asset_type as CcAssetType)) throw documentedError(request, 'Invalid asset type');
      const type = f.asset_type as CcAssetType;
      const name = checkName(ctx, request, f.asset_name);
      const description = checkDescription(request, f.asset_description) ?? '';
      const categoryId = checkCategory(ctx, f.category_id) ?? null;
      if (!input.items?.length) throw ccValidationFailed(request);
      const { items, defaults } = buildItems(request, type, input, []);
      const settled = settleItems(request, items, defaults);
      if (ccOf(ctx).assets.length >= MAX_ASSETS || !storeHasRoom(ctx, uploadedBytes(settled))) throw documentedError(request, 'Unable to create more.');
      const asset: CcAssetRecord = { id: ctx.store.newId(), name, description, type, categoryId, items: settled, archivedAt: null, modifiedBy: '', lastModified: '' };
      touch(ctx, asset);
      ccOf(ctx).assets.push(asset);
      return reply.code(201).send(assetJson(ctx, asset));
    });

    scope.patch<ById>('/contact_center/asset_library/assets/:assetId', { bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
      const asset = ccOf(ctx).assets.find((a) => a.id === request.params.assetId);
      if (!asset) throw documentedError(request, 'Asset not found.');
      const input = await readAssetInput(request);
      const f = input.fields;
      if (asset.archivedAt !== null) {
        // Only a restore reaches an archived asset; it honours asset_name and nothing else.
        if (f.restore !== true) throw documentedError(request, 'Asset not found.');
        const name = checkName(ctx, request, f.asset_name ?? asset.name, asset);
        commit(ctx, request, () => {
          asset.archivedAt = null;
          asset.name = name;
          touch(ctx, asset);
        });
        return reply.code(204).send();
      }
      const name = f.asset_name === undefined ? asset.name : checkName(ctx, request, f.asset_name, asset);
      const description = checkDescription(request, f.asset_description);
      const categoryId = checkCategory(ctx, f.category_id);
      let items = asset.items;
      if (input.items) {
        const built = buildItems(request, asset.type, input, asset.items);
        const merged = asset.items.map((i) => built.items.find((b) => b.id === i.id) ?? i);
        items = settleItems(request, [...merged, ...built.items.filter((b) => !asset.items.some((i) => i.id === b.id))], built.defaults);
        if (!storeHasRoom(ctx, uploadedBytes(items, asset.items))) throw decidedError(CC_DECIDED.storeFull);
      }
      commit(ctx, request, () => {
        asset.name = name;
        if (description !== undefined) asset.description = description;
        if (categoryId !== undefined) asset.categoryId = categoryId;
        asset.items = items;
        touch(ctx, asset);
      });
      return reply.code(204).send();
    });
  });

  /** Items sent: with `asset_item_id` an update of that item, without one a new item. */
  function buildItems(request: FastifyRequest, type: CcAssetType, input: AssetInput, existing: CcAssetItemRecord[]) {
    const items: CcAssetItemRecord[] = [];
    const defaults = new Set<string>();
    for (const raw of input.items ?? []) {
      const entry = raw as Json;
      const itemId = entry.asset_item_id;
      let item: CcAssetItemRecord;
      if (itemId !== undefined && itemId !== '') {
        const base = existing.find((i) => i.id === itemId);
        if (!base || items.some((i) => i.id === itemId)) throw decidedError(CC_DECIDED.unknownAssetItem);
        item = buildItem(request, type, entry, base.id, base);
      } else item = buildItem(request, type, entry, ctx.store.newId());
      if (entry.is_default === true) defaults.add(item.id);
      items.push(item);
    }
    return { items, defaults };
  }
}
