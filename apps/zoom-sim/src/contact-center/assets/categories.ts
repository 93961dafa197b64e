// Asset categories: list (Medium), get, create, rename, delete (Light).
// Names are unique (case-insensitive); a category assets use stays.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { listResponse } from '../../platform/list';
import { bodyProblems, documentedError } from '../../platform/operations';
import type { CcAssetCategoryRecord } from '../../state/contact-center';
import { bodyOf, ccOf, ccValidationFailed, isNonEmptyString } from '../common';

type ById = { Params: { categoryId: string } };

export const MAX_CATEGORIES = 200;

export function registerAssetCategoryRoutes(api: FastifyInstance, ctx: SimContext) {
  const find = (request: FastifyRequest<ById>) => {
    const category = ccOf(ctx).categories.find((c) => c.id === request.params.categoryId);
    if (!category) throw documentedError(request, 'Asset category not found.');
    return category;
  };
  const json = (c: CcAssetCategoryRecord) => ({ category_id: c.id, category_name: c.name, category_scope: c.scope });
  const checkName = (request: FastifyRequest, name: unknown, self?: CcAssetCategoryRecord) => {
    if (!isNonEmptyString(name)) throw ccValidationFailed(request);
    const key = name.trim().toLowerCase();
    if (ccOf(ctx).categories.some((c) => c !== self && c.name.trim().toLowerCase() === key)) throw documentedError(request, 'Duplicate category name.');
    return name;
  };

  api.get('/contact_center/asset_library/categories', async (request) => listResponse(ctx, request, 'categories', ccOf(ctx).categories.map(json)));

  api.get<ById>('/contact_center/asset_library/categories/:categoryId', async (request) => json(find(request)));

  api.post('/contact_center/asset_library/categories', async (request, reply) => {
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    const name = checkName(request, body.category_name);
    if (ccOf(ctx).categories.length >= MAX_CATEGORIES) throw documentedError(request, 'Unable to create more.');
    const category: CcAssetCategoryRecord = { id: ctx.store.newId(), name, scope: body.category_scope === 'agent' ? 'agent' : 'system' };
    ccOf(ctx).categories.push(category);
    return reply.code(201).send(json(category));
  });

  api.patch<ById>('/contact_center/asset_library/categories/:categoryId', async (request, reply) => {
    const category = find(request);
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    const name = body.category_name === undefined ? category.name : checkName(request, body.category_name, category);
    commit(ctx, request, () => {
      category.name = name;
    });
    return reply.code(204).send();
  });

  api.delete<ById>('/contact_center/asset_library/categories/:categoryId', async (request, reply) => {
    const category = find(request);
    if (ccOf(ctx).assets.some((a) => a.categoryId === category.id)) throw documentedError(request, 'This asset category is being used.');
    commit(ctx, request, () => {
      ccOf(ctx).categories = ccOf(ctx).categories.filter((c) => c !== category);
    });
    return reply.code(204).send();
  });
}
