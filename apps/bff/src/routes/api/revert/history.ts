// Revert one change from the history: its review (nothing written) and the
// revert itself, answering the usual write outcome (409 when it changed since).
// Who may revert depends on what changed (features/revert/desired.ts): the
// route lets admins and managers in; the service refuses what the role may not.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { revertIdParamSchema, revertPlanSchema } from '@switchboard/contract/revert';
import { writeResultSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const historyRevert: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/:id/revert/plan',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['history'],
        summary: 'The review of reverting one change: the requests that put "before" back, in words. Nothing is written.',
        params: revertIdParamSchema,
        response: { 200: revertPlanSchema, ...errors },
      },
    },
    async (request) => fastify.revert.plan(request.params.id, request.auth!.role),
  );

  fastify.post(
    '/:id/revert',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['history'],
        summary: 'Revert one change: put "before" back through the usual plan → apply → verify → audit; 409 when it was changed since.',
        params: revertIdParamSchema,
        response: { ...errors, 200: writeResultSchema, 409: writeResultSchema.or(apiErrorSchema) },
      },
    },
    async (request, reply) => {
      const result = await fastify.revert.apply(request.params.id, { id: request.auth!.user.id, email: request.auth!.user.email }, request.auth!.role);
      if (result.outcome === 'conflict') reply.code(409);
      return result;
    },
  );
};

export default historyRevert;
