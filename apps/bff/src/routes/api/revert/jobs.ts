// Revert a whole job (a menu copy, a bulk holiday): every target it changed,
// each through its own plan → apply → verify → audit.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { jobRevertParamSchema, jobRevertPlanSchema, jobRevertResultSchema } from '@switchboard/contract/revert';
import { POLICIES } from '../../../auth/access';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

const jobRevert: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/:id/revert/plan',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['jobs'],
        summary: 'The review of reverting every target a job changed; a target that cannot be reverted says why. Nothing is written.',
        params: jobRevertParamSchema,
        response: { 200: jobRevertPlanSchema, ...errors },
      },
    },
    async (request) => fastify.revert.planJob(request.params.id, request.auth!.role),
  );

  fastify.post(
    '/:id/revert',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['jobs'],
        summary: 'Revert every target a job changed, one after another; each target’s outcome is reported.',
        params: jobRevertParamSchema,
        response: { 200: jobRevertResultSchema, ...errors },
      },
    },
    async (request) => fastify.revert.applyJob(request.params.id, { id: request.auth!.user.id, email: request.auth!.user.email }, request.auth!.role),
  );
};

export default jobRevert;
