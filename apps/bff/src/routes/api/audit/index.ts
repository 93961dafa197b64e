// The change history: every write the pipeline made, newest first. Changes to
// people are shown only to those who manage people.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, auditIdParamSchema, auditListSchema, auditQuerySchema } from '@switchboard/contract/audit';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { AuditService } from '../../../features/audit/service';
import { POLICIES } from '../../../auth/access';
import { notFound } from '../../../http/app-error';

const audit: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.readAudit },
      schema: {
        tags: ['audit'],
        summary: 'Change history, newest first; filter by the changed object (target) and limit the count.',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema, 400: apiErrorSchema },
      },
    },
    async (request) => ({ items: await fastify.audit.list(request.query, AuditService.readable(request.auth!.role)) }),
  );

  fastify.get(
    '/:id',
    {
      config: { access: POLICIES.readAudit },
      schema: {
        tags: ['audit'],
        summary: 'One change: who, when, what before, what Zoom read back after, each request with its Zoom tracking id, the outcome.',
        params: auditIdParamSchema,
        response: { 200: auditEntrySchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const entry = await fastify.audit.get(request.params.id, AuditService.readable(request.auth!.role));
      if (!entry) throw notFound('There is no change history entry with that id.');
      return entry;
    },
  );
};

export default audit;
