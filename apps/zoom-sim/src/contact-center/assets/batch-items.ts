// Batch update of asset items (Medium): up to 50 entries, each naming an
// asset and the language of one of its items, with a new name, voice or
// file (base64, with its file name; or the shared one when `use_shared`).
// Each entry succeeds or fails on its own; the answer lists both.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import type { ZoomApiError } from '../../platform/errors';
import { bodyProblems, documentedError } from '../../platform/operations';
import type { CcAssetItemRecord } from '../../state/contact-center';
import { bodyOf, ccValidationFailed, touch } from '../common';
import type { Json } from '../common';
import type { UploadedFile } from './asset-input';
import { liveAsset, storeHasRoom } from './asset-rules';
import { buildItem } from './item-rules';

const MAX_ENTRIES = 50;
const BODY_LIMIT = 101 * 1024 * 1024;

export function registerAssetBatchItemRoutes(api: FastifyInstance, ctx: SimContext) {
  api.patch('/contact_center/asset_library/assets/items', { bodyLimit: BODY_LIMIT }, async (request) => {
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    const entries = body.items as Json[];
    if (entries.length > MAX_ENTRIES) throw documentedError(request, 'Request array must not exceed 50 items.');
    const shared = uploadPair(request, (body.shared_item ?? {}) as Json);

    const succeeded: Json[] = [];
    const failed: Json[] = [];
    const changes: Array<() => void> = [];
    for (const entry of entries) {
      const ref = { asset_id: entry.asset_id, asset_item_language: entry.asset_item_language };
      const fail = (code: number, message: string) => failed.push({ ...ref, error_code: code, error_message: message });
      const asset = liveAsset(ctx, String(entry.asset_id));
      if (!asset) {
        fail(10009, 'Asset not found.');
        continue;
      }
      const base = asset.items.find((i) => i.language === entry.asset_item_language);
      if (!base) {
        fail(10026, 'Asset item not found.');
        continue;
      }
      const own = uploadPair(request, entry);
      const upload = own ?? (entry.use_shared === true ? shared : undefined);
      const input: Json = {
        ...(entry.asset_item_name !== undefined ? { asset_item_name: entry.asset_item_name } : {}),
        ...(entry.asset_item_voice !== undefined ? { asset_item_voice: entry.asset_item_voice } : {}),
        ...(upload ? { upload_file: upload } : {}),
      };
      // At least one field to change.
      if (Object.keys(input).length === 0) {
        fail(300, 'Nothing to update.');
        continue;
      }
      let item: CcAssetItemRecord;
      try {
        item = buildItem(request, asset.type, input, base.id, base);
      } catch (err) {
        const refusal = err as ZoomApiError;
        if (typeof refusal.code !== 'number') throw err;
        fail(refusal.code, refusal.message);
        continue;
      }
      if (item.file?.kind === 'bytes' && item.file !== base.file && !storeHasRoom(ctx, item.file.data.length)) {
        fail(10020, 'Unable to create more.');
        continue;
      }
      changes.push(() => {
        asset.items = asset.items.map((i) => (i.id === item.id ? item : i));
        touch(ctx, asset);
      });
      succeeded.push(ref);
    }
    commit(ctx, request, () => changes.forEach((change) => change()));
    return { succeeded_assets: succeeded, failed_assets: failed };
  });
}

/** A base64 file and its name, given together or not at all (one without the other refuses the request). */
function uploadPair(request: FastifyRequest, holder: Json): UploadedFile | undefined {
  const content = holder.upload_file_content;
  const name = holder.upload_file_name;
  if (content === undefined && name === undefined) return undefined;
  if (typeof content !== 'string' || typeof name !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(content.replace(/\s+/g, ''))) {
    throw ccValidationFailed(request);
  }
  const data = Buffer.from(content, 'base64');
  return { fileName: name, data, size: data.length, tooLarge: false };
}
