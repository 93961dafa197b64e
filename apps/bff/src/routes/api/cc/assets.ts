// The asset library (every role reads; admins write). Creates take JSON
// (text, text-to-speech) or multipart/form-data (audio and images: fields
// file, name, type, categoryId?, language?) — the file spooled to disk,
// judged by its bytes and refused over 10 MB before Zoom is called, then
// streamed to Zoom. Every write has its plan twin and answers the write
// outcome with the asset's id; 409 for `conflict`.
import multipart from '@fastify/multipart';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assetCreateJsonBodySchema,
  assetDuplicateBodySchema,
  assetItemParamSchema,
  assetListQuerySchema,
  assetListSchema,
  assetPatchBodySchema,
  assetResponseSchema,
  assetWriteResultSchema,
} from '@switchboard/contract/cc-assets';
import { ccDeleteQuerySchema, ccIdParamSchema } from '@switchboard/contract/cc-common';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { writePlanSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';
import { spoolUpload, type SpooledUpload } from '../../../features/contact-center/upload-spool';
import { badRequest, notFound } from '../../../http/app-error';
import { actorOf } from './actor';

/** 409 for `conflict` (nothing written), 200 for every other outcome. */
const statusOf = (r: { outcome: string }) => (r.outcome === 'conflict' ? 409 : 200);
const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 413: apiErrorSchema };
const read = { config: { access: POLICIES.readRouting } };
const edit = { config: { access: POLICIES.editContactCenter } };
const TAGS = ['contact center'];
const UPLOAD = 'multipart/form-data with one `file` part (mp3 or wav for audio, png or jpeg for images — judged by its bytes — at most 10 MB)';

async function withUpload<T>(request: FastifyRequest, use: (upload: SpooledUpload) => Promise<T>): Promise<T> {
  if (!request.isMultipart()) throw badRequest(`Send ${UPLOAD}.`);
  const upload = await spoolUpload(request);
  try {
    return await use(upload);
  } finally {
    await upload.remove();
  }
}

const assets: FastifyPluginAsyncZod = async (fastify) => {
  await fastify.register(multipart, { throwFileSizeLimit: true });
  const cc = fastify.cc;

  fastify.get(
    '/assets',
    {
      ...read,
      schema: {
        tags: TAGS,
        summary: 'One page of the asset library (Zoom filters type, category and language; q searches names and reads on through the pages). nextPageToken: pass it back as pageToken.',
        querystring: assetListQuerySchema,
        response: { 200: assetListSchema, 400: apiErrorSchema },
      },
    },
    (request) => cc.assets.list(request.query),
  );

  fastify.get(
    '/assets/:id',
    { ...read, schema: { tags: TAGS, summary: 'An asset with its items per language (the default marked; files played through …/items/{itemId}/file), who changed it last and when, the queues and flows using it, its version.', params: ccIdParamSchema, response: { 200: assetResponseSchema, ...errors } } },
    (request) => cc.assets.get(request.params.id),
  );

  fastify.get(
    '/assets/:id/items/:itemId/file',
    { ...read, schema: { tags: TAGS, summary: "An item's file (audio to play, an image to show), streamed from Zoom's file host.", params: assetItemParamSchema } },
    async (request, reply) => {
      const abort = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) abort.abort();
      });
      const file = await cc.assets.file(request.params.id, request.params.itemId, abort.signal);
      reply.type(file.contentType ?? 'application/octet-stream').header('cache-control', 'private, max-age=300');
      if (file.contentLength !== null) reply.header('content-length', file.contentLength);
      if (!file.body) throw notFound('Zoom sent no file.');
      return reply.send(Readable.fromWeb(file.body as NodeReadableStream<Uint8Array>));
    },
  );

  const createSummary = (what: string) =>
    `${what}: JSON (assetCreateJsonBody: a text asset, or audio spoken by a text-to-speech voice of each item's language) or ${UPLOAD} with fields name, type (audio|image), categoryId?, language?, description?.`;

  fastify.post(
    '/assets/plan',
    { ...edit, schema: { tags: TAGS, summary: createSummary('Plan a new asset (nothing is written)'), body: assetCreateJsonBodySchema.nullish(), response: { 200: writePlanSchema, ...errors } } },
    async (request) => {
      if (request.isMultipart()) return withUpload(request, (u) => cc.uploads.planCreate(u));
      if (!request.body) throw badRequest(`Send the new asset as JSON or ${UPLOAD}.`);
      return cc.assetWrites.planCreate(request.body);
    },
  );

  fastify.post(
    '/assets',
    { ...edit, schema: { tags: TAGS, summary: createSummary('Create an asset: plan, POST …/asset_library/assets, read back, verify, one history entry; answers assetId'), body: assetCreateJsonBodySchema.nullish(), response: { 200: assetWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.isMultipart() && !request.body) throw badRequest(`Send the new asset as JSON or ${UPLOAD}.`);
      const body = request.body;
      const result = body ? await cc.assetWrites.create(body, actor) : await withUpload(request, (u) => cc.uploads.create(u, actor));
      return reply.code(statusOf(result)).send(result);
    },
  );

  fastify.post(
    '/assets/:id/plan',
    { ...edit, schema: { tags: TAGS, summary: 'Plan a change of an asset (name, description, category, text or text-to-speech items, items removed). Nothing is written; 409 on a changed baseVersion.', params: ccIdParamSchema, body: assetPatchBodySchema, response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema } } },
    (request) => cc.assetWrites.planPatch(request.params.id, request.body),
  );

  fastify.patch(
    '/assets/:id',
    { ...edit, schema: { tags: TAGS, summary: 'Change an asset: PATCH the asset (and DELETE …/items for items removed), read back, verify, one history entry.', params: ccIdParamSchema, body: assetPatchBodySchema, response: { 200: assetWriteResultSchema, 409: assetWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await cc.assetWrites.patch(request.params.id, request.body, actorOf(request));
      return reply.code(statusOf(result)).send(result);
    },
  );

  fastify.post(
    '/assets/:id/items/plan',
    { ...edit, schema: { tags: TAGS, summary: `Plan adding a file item in a language, or replacing that item's file: ${UPLOAD} with fields baseVersion, language, name?, isDefault?. Nothing is written.`, params: ccIdParamSchema, response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema } } },
    (request) => withUpload(request, (u) => cc.uploads.planItem(request.params.id, u)),
  );

  fastify.post(
    '/assets/:id/items',
    { ...edit, schema: { tags: TAGS, summary: `Add a file item in a language, or replace that item's file (PATCH the asset, streamed): ${UPLOAD} with fields baseVersion, language, name?, isDefault?.`, params: ccIdParamSchema, response: { 200: assetWriteResultSchema, 409: assetWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await withUpload(request, (u) => cc.uploads.item(request.params.id, u, actorOf(request)));
      return reply.code(statusOf(result)).send(result);
    },
  );

  fastify.post(
    '/assets/:id/duplicate/plan',
    { ...edit, schema: { tags: TAGS, summary: 'Plan a copy of an asset under a new name. Nothing is written.', params: ccIdParamSchema, body: assetDuplicateBodySchema, response: { 200: writePlanSchema, ...errors } } },
    (request) => cc.assetWrites.planDuplicate(request.params.id, request.body),
  );

  fastify.post(
    '/assets/:id/duplicate',
    { ...edit, schema: { tags: TAGS, summary: 'Copy an asset under a new name (POST …/duplicate), read the copy back, verify, one history entry; answers the copy as assetId.', params: ccIdParamSchema, body: assetDuplicateBodySchema, response: { 200: assetWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await cc.assetWrites.duplicate(request.params.id, request.body, actorOf(request));
      return reply.code(statusOf(result)).send(result);
    },
  );

  fastify.post(
    '/assets/:id/delete/plan',
    { ...edit, schema: { tags: TAGS, summary: 'Plan deleting an asset (Zoom archives it, then deletes it). Nothing is written; 409 on a changed baseVersion.', params: ccIdParamSchema, querystring: ccDeleteQuerySchema, response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema } } },
    (request) => cc.assetWrites.planDelete(request.params.id, request.query.baseVersion),
  );

  fastify.delete(
    '/assets/:id',
    { ...edit, schema: { tags: TAGS, summary: 'Delete an asset: archive, then delete (two DELETEs), read back, verify it is gone, one history entry. baseVersion optional (no conflict check without it).', params: ccIdParamSchema, querystring: ccDeleteQuerySchema, response: { 200: assetWriteResultSchema, 409: assetWriteResultSchema, ...errors } } },
    async (request, reply) => {
      const result = await cc.assetWrites.delete(request.params.id, request.query.baseVersion, actorOf(request));
      return reply.code(statusOf(result)).send(result);
    },
  );
};

export default assets;
