// The asset library: list (Medium, filtered, paged by next_page_token), get,
// delete (archive, then delete), delete items (Light) and duplicate (Medium);
// create and update are in write-routes.ts, categories in categories.ts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { decidedError } from '../../platform/decisions';
import { CC_DECIDED } from '../../platform/decisions-contact-center';
import { listResponse, queryOf } from '../../platform/list';
import { bodyProblems, documentedError } from '../../platform/operations';
import type { CcAssetRecord } from '../../state/contact-center';
import { bodyOf, ccOf, ccValidationFailed, stampOf, touch } from '../common';
import { assetJson, assetSummaryJson } from './asset-json';
import { ASSET_TYPES, checkDescription, liveAsset, MAX_ASSETS, nameProblem } from './asset-rules';
import { fileUrlOf } from './file-bytes';
import { ASSET_LANGUAGES } from './languages';

type ById = { Params: { assetId: string } };

/** The list's type filter also knows `script` (the list's enum). */
const LIST_TYPES = [...ASSET_TYPES, 'script'];
const MAX_DUPLICATES = 10;

export function registerAssetRoutes(api: FastifyInstance, ctx: SimContext) {
  const find = (request: FastifyRequest<ById>) => {
    const asset = ccOf(ctx).assets.find((a) => a.id === request.params.assetId);
    if (!asset) throw documentedError(request, 'Asset not found.');
    return asset;
  };
  const inUse = (a: CcAssetRecord) => {
    const cc = ccOf(ctx);
    return cc.queues.some((q) => q.overflow.goodbyeAssetId === a.id) || cc.flows.some((f) => f.greetingAssetId === a.id);
  };

  api.get('/contact_center/asset_library/assets', async (request) => {
    const q = queryOf(request);
    const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
    const types = list(q.asset_type);
    const languages = list(q.asset_language_code);
    if (types.some((t) => !LIST_TYPES.includes(t)) || languages.some((l) => !ASSET_LANGUAGES.includes(l))) throw ccValidationFailed(request);
    const itemName = q.asset_item_name?.trim().toLowerCase();
    const matching = ccOf(ctx).assets.filter(
      (a) =>
        a.archivedAt === null &&
        (types.length === 0 || types.includes(a.type)) &&
        (languages.length === 0 || a.items.some((i) => languages.includes(i.language))) &&
        (!q.asset_category_id || a.categoryId === q.asset_category_id) &&
        (!itemName || a.items.some((i) => i.name.trim().toLowerCase() === itemName)),
    );
    const items = matching.map((a) => {
      const item = itemName ? a.items.find((i) => i.name.trim().toLowerCase() === itemName) : undefined;
      return assetSummaryJson(ctx, a, item?.file ? fileUrlOf(ctx, item) : '');
    });
    const filterKey = JSON.stringify([types, languages, q.asset_category_id ?? '', itemName ?? '']);
    return listResponse(ctx, request, 'assets', items, filterKey);
  });

  api.get<ById>('/contact_center/asset_library/assets/:assetId', async (request) => assetJson(ctx, find(request)));

  api.delete<ById>('/contact_center/asset_library/assets/:assetId', async (request, reply) => {
    const asset = find(request);
    if (inUse(asset)) throw documentedError(request, 'This asset is being used.');
    commit(ctx, request, () => {
      if (asset.archivedAt === null) asset.archivedAt = stampOf(ctx.clock());
      else ccOf(ctx).assets = ccOf(ctx).assets.filter((a) => a !== asset);
    });
    return reply.code(204).send();
  });

  api.delete<ById>('/contact_center/asset_library/assets/:assetId/items', async (request, reply) => {
    const asset = find(request);
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const ids = bodyOf(request).asset_item_ids;
    if (!Array.isArray(ids) || ids.length === 0) throw ccValidationFailed(request);
    for (const id of ids) {
      const item = asset.items.find((i) => i.id === id);
      if (!item) throw decidedError(CC_DECIDED.unknownAssetItem);
      if (item.isDefault) throw decidedError(CC_DECIDED.defaultItemDelete);
    }
    commit(ctx, request, () => {
      asset.items = asset.items.filter((i) => !ids.includes(i.id));
      touch(ctx, asset);
    });
    return reply.code(204).send();
  });

  api.post<ById>('/contact_center/asset_library/assets/:assetId/duplicate', async (request, reply) => {
    const source = liveAsset(ctx, request.params.assetId);
    if (!source) throw documentedError(request, 'Asset not found.');
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const wanted = bodyOf(request).assets as Array<Record<string, unknown>>;
    if (wanted.length === 0 || wanted.length > MAX_DUPLICATES) throw ccValidationFailed(request);
    const results = wanted.map((w) => {
      const problem = nameProblem(ctx, w.asset_name);
      const name = typeof w.asset_name === 'string' ? w.asset_name : '';
      const failed = (error: string) => ({ asset_name: name, status: 'failed', error });
      if (problem) return failed(problem === 'invalid' ? 'Asset name is required.' : problem);
      if (typeof w.asset_description === 'string' && w.asset_description.length > 256) return failed('Asset description is too long.');
      if (ccOf(ctx).assets.length >= MAX_ASSETS) return failed('Unable to create more.');
      const copy: CcAssetRecord = {
        ...source,
        id: ctx.store.newId(),
        name,
        description: checkDescription(request, w.asset_description) ?? source.description,
        items: source.items.map((i) => ({ ...i, id: ctx.store.newId() })),
        archivedAt: null,
      };
      touch(ctx, copy);
      ccOf(ctx).assets.push(copy);
      return { asset_id: copy.id, asset_name: copy.name, status: 'success' };
    });
    return reply.code(201).send({ results });
  });
}
