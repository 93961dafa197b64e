// An extension's business hours and closed-hours routing (read: every role;
// plan and apply: admins), and its "Open now?" status. PUT answers 409 for
// `conflict` (nothing written) and 200 for every other outcome: the body's
// `outcome` says what Zoom kept.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { extensionParamSchema, hoursResponseSchema, hoursWriteBodySchema, statusQuerySchema, statusResponseSchema } from '@switchboard/contract/hours';
import { writePlanSchema, writeResultSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const hours: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/:extensionId/hours',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['hours'],
        summary:
          "An extension's business hours (WeekSchedule in its own zone) and where calls go when it is closed, with its version. extensionId: the directory item's extensionId (auto receptionist, call queue, user or shared line group).",
        params: extensionParamSchema,
        response: { 200: hoursResponseSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => fastify.hours.get(request.params.extensionId),
  );

  fastify.post(
    '/:extensionId/hours/plan',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['hours'],
        summary: 'Plan a change of hours and/or closed-hours routing: the Zoom requests it takes, each as a sentence, and the change in words. Nothing is written; 409 when Zoom changed since baseVersion.',
        params: extensionParamSchema,
        body: hoursWriteBodySchema,
        response: { 200: writePlanSchema, ...errors },
      },
    },
    async (request) => fastify.hours.plan(request.params.extensionId, request.body),
  );

  fastify.put(
    '/:extensionId/hours',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['hours'],
        summary:
          'Apply hours and/or closed-hours routing: read, check baseVersion (409, nothing written), PATCH business_hours (custom_hours) and closed_hours (call_handling), read back, verify (not_persisted when Zoom did not keep it), one history entry.',
        params: extensionParamSchema,
        body: hoursWriteBodySchema,
        response: { 200: writeResultSchema, 409: writeResultSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const result = await fastify.hours.apply(request.params.extensionId, request.body, { id: auth.user.id, email: auth.user.email });
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.get(
    '/:extensionId/status',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['hours'],
        summary: 'Open, closed or holiday at `at` (default now): why, and until when (ISO instant and words on the extension’s clock).',
        params: extensionParamSchema,
        querystring: statusQuerySchema,
        response: { 200: statusResponseSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => fastify.hours.status(request.params.extensionId, request.query.at),
  );
};

export default hours;
