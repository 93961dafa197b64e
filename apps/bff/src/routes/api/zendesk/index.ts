// Zendesk Talk IVRs: the IVRs with their menus, one menu in the
// provider-neutral shape, the groups and greetings a key can use, and a menu's
// plan (nothing written) and apply (the write pipeline). Every role reads;
// admins write (the same rules as Zoom's menus). PUT answers 409 for
// `conflict`, 200 for every other outcome (the body's `outcome` says what
// Zendesk kept).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { ivrApplyResponseSchema, ivrPlanResponseSchema } from '@switchboard/contract/ivr';
import {
  zendeskChoicesSchema,
  zendeskIvrListSchema,
  zendeskIvrParamsSchema,
  zendeskIvrSchema,
  zendeskMenuParamsSchema,
  zendeskMenuResponseSchema,
  zendeskMenuWriteBodySchema,
} from '@switchboard/contract/zendesk';
import { POLICIES } from '../../../auth/access';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 503: apiErrorSchema };
const tags = ['zendesk talk'];

const zendesk: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/ivrs',
    {
      config: { access: POLICIES.readRouting },
      schema: { tags, summary: 'Zendesk Talk IVRs with their phone numbers and menus (503 when Zendesk is not connected).', response: { 200: zendeskIvrListSchema, ...errors } },
    },
    async () => ({ items: await fastify.zendeskReads.ivrs() }),
  );

  fastify.get(
    '/choices',
    {
      config: { access: POLICIES.readRouting },
      schema: { tags, summary: "The account's groups and greetings, which a Zendesk menu's keys and greeting may use.", response: { 200: zendeskChoicesSchema, ...errors } },
    },
    async () => fastify.zendeskReads.choices(),
  );

  fastify.get(
    '/ivrs/:ivrId',
    {
      config: { access: POLICIES.readRouting },
      schema: { tags, summary: 'One Zendesk Talk IVR with its phone numbers and menus.', params: zendeskIvrParamsSchema, response: { 200: zendeskIvrSchema, ...errors } },
    },
    async (request) => fastify.zendeskReads.ivr(request.params.ivrId),
  );

  fastify.get(
    '/ivrs/:ivrId/menus/:menuId',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags,
        summary: 'One menu of a Zendesk Talk IVR in the provider-neutral shape (its routes as keys, names filled in) and its version.',
        params: zendeskMenuParamsSchema,
        response: { 200: zendeskMenuResponseSchema, ...errors },
      },
    },
    async (request) => fastify.zendeskMenus.read(request.params.ivrId, request.params.menuId),
  );

  fastify.post(
    '/ivrs/:ivrId/menus/:menuId/plan',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags,
        summary:
          "Plan a Zendesk menu change in Zendesk's write model (PUT a changed route, POST a new key, DELETE a removed one, PUT the menu for its greeting), each as a sentence, and the change in words. Nothing is written. 409 when Zendesk changed since baseVersion.",
        params: zendeskMenuParamsSchema,
        body: zendeskMenuWriteBodySchema,
        response: { 200: ivrPlanResponseSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (request) => fastify.zendeskMenus.plan(request.params.ivrId, request.params.menuId, request.body),
  );

  fastify.put(
    '/ivrs/:ivrId/menus/:menuId',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags,
        summary:
          'Apply a Zendesk menu: read, check baseVersion (409 conflict, nothing written), send each write (stop at the first failure: partial), read the menu back, verify (not_persisted when Zendesk did not keep it), one history entry written ahead.',
        params: zendeskMenuParamsSchema,
        body: zendeskMenuWriteBodySchema,
        response: { 200: ivrApplyResponseSchema, 409: ivrApplyResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const result = await fastify.zendeskMenus.apply(request.params.ivrId, request.params.menuId, request.body, { id: auth.user.id, email: auth.user.email });
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );
};

export default zendesk;
