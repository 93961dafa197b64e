// Writing IVR menus: plan (nothing written), apply (PUT) through the write
// pipeline, and the per-target preview of a copy. Admins only; the guard
// requires the CSRF header on every one of these.
//
// PUT answers 409 for `conflict` (nothing was written) and 200 for every other
// outcome, including `partial` and `not_persisted`: the request was carried
// out and the body's `outcome` says what Zoom kept.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '@switchboard/contract/auto-receptionists';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { ivrApplyResponseSchema, ivrPlanResponseSchema, ivrWriteBodySchema } from '@switchboard/contract/ivr';
import { ivrCopyPlanBodySchema, ivrCopyPlanResponseSchema } from '@switchboard/contract/ivr-copy';
import { POLICIES } from '../../../auth/access';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const ivrWrite: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/:id/ivr/plan',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['auto receptionists'],
        summary:
          'Plan a menu change: the Zoom PATCH requests it takes, each as a sentence, and the change in words. Nothing is written. 409 when Zoom changed since baseVersion.',
        params: idParamSchema,
        body: ivrWriteBodySchema,
        response: { 200: ivrPlanResponseSchema, ...errors },
      },
    },
    async (request) => fastify.ivrWrite.plan(request.params.id, request.body),
  );

  fastify.put(
    '/:id/ivr',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['auto receptionists'],
        summary:
          'Apply a menu: read, check baseVersion (409 conflict, nothing written), PATCH each change (stop at the first failure: partial), read back, verify (not_persisted when Zoom did not keep it), record one audit entry.',
        params: idParamSchema,
        body: ivrWriteBodySchema,
        response: { 200: ivrApplyResponseSchema, 409: ivrApplyResponseSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const { providerCalls: _calls, ...result } = await fastify.ivrWrite.apply(request.params.id, request.body, {
        id: auth.user.id,
        email: auth.user.email,
      });
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.post(
    '/:id/ivr/copy/plan',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['auto receptionists'],
        summary:
          "Preview copying this auto receptionist's business- or closed-hours menu to others: each target's plan, changes and warnings. Nothing is written.",
        params: idParamSchema,
        body: ivrCopyPlanBodySchema,
        response: { 200: ivrCopyPlanResponseSchema, ...errors },
      },
    },
    async (request) => fastify.ivrCopy.plan(request.params.id, request.body.hours, request.body.targets),
  );
};

export default ivrWrite;
