// Asset categories (every role reads; admins create, rename and delete, each
// with its plan twin).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assetCategoryCreateBodySchema,
  assetCategoryListSchema,
  assetCategoryRenameBodySchema,
  assetCategoryWriteResultSchema,
} from '@switchboard/contract/cc-assets';
import { ccDeleteQuerySchema, ccIdParamSchema } from '@switchboard/contract/cc-common';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { writePlanSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';
import { actorOf } from './actor';

/** 409 for `conflict` (nothing written), 200 for every other outcome. */
const statusOf = (r: { outcome: string }) => (r.outcome === 'conflict' ? 409 : 200);
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const edit = { config: { access: POLICIES.editContactCenter } };
const TAGS = ['contact center'];

const categories: FastifyPluginAsyncZod = async (fastify) => {
  const c = fastify.cc.categories;

  fastify.get(
    '/asset-categories',
    { config: { access: POLICIES.readRouting }, schema: { tags: TAGS, summary: 'The asset library’s categories, each with its version.', response: { 200: assetCategoryListSchema } } },
    () => c.list(),
  );
  fastify.post(
    '/asset-categories/plan',
    { ...edit, schema: { tags: TAGS, summary: 'Plan a new category. Nothing is written.', body: assetCategoryCreateBodySchema, response: { 200: writePlanSchema, ...errors } } },
    (request) => c.planCreate(request.body),
  );
  fastify.post(
    '/asset-categories',
    { ...edit, schema: { tags: TAGS, summary: 'Create a category (POST …/categories), read back, verify, one history entry; answers categoryId.', body: assetCategoryCreateBodySchema, response: { 200: assetCategoryWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await c.create(request.body, actorOf(request));
      return reply.code(statusOf(result)).send(result);
    },
  );
  fastify.post(
    '/asset-categories/:id/plan',
    { ...edit, schema: { tags: TAGS, summary: 'Plan renaming a category. Nothing is written; 409 on a changed baseVersion.', params: ccIdParamSchema, body: assetCategoryRenameBodySchema, response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema } } },
    (request) => c.planRename(request.params.id, request.body),
  );
  fastify.patch(
    '/asset-categories/:id',
    { ...edit, schema: { tags: TAGS, summary: 'Rename a category (PATCH), read back, verify, one history entry.', params: ccIdParamSchema, body: assetCategoryRenameBodySchema, response: { 200: assetCategoryWriteResultSchema, 409: assetCategoryWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await c.rename(request.params.id, request.body, actorOf(request));
      return reply.code(statusOf(result)).send(result);
    },
  );
  fastify.post(
    '/asset-categories/:id/delete/plan',
    { ...edit, schema: { tags: TAGS, summary: 'Plan deleting a category (Zoom refuses one that assets use). Nothing is written.', params: ccIdParamSchema, querystring: ccDeleteQuerySchema, response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema } } },
    (request) => c.planDelete(request.params.id, request.query.baseVersion),
  );
  fastify.delete(
    '/asset-categories/:id',
    { ...edit, schema: { tags: TAGS, summary: 'Delete a category (DELETE), read back, verify, one history entry.', params: ccIdParamSchema, querystring: ccDeleteQuerySchema, response: { 200: assetCategoryWriteResultSchema, 409: assetCategoryWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await c.delete(request.params.id, request.query.baseVersion, actorOf(request));
      return reply.code(statusOf(result)).send(result);
    },
  );
};

export default categories;
