// Contact Center queues (every role reads; admins change a queue's operating
// hours, with its plan twin) and flows (read only: list, detail, export as a
// JSON download).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ccIdParamSchema } from '@switchboard/contract/cc-common';
import { ccFlowListSchema, ccFlowResponseSchema } from '@switchboard/contract/cc-flows';
import { ccQueueListSchema, operatingHoursWriteBodySchema } from '@switchboard/contract/cc-queues';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { writePlanSchema, writeResultSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';
import { actorOf } from './actor';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const read = { config: { access: POLICIES.readRouting } };
const edit = { config: { access: POLICIES.editContactCenter } };

const queuesAndFlows: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/queues',
    {
      ...read,
      schema: { tags: ['contact center'], summary: "Queues with the business-hours set and closure set each uses (names from Zoom), whether it follows the account defaults, and each queue's version.", response: { 200: ccQueueListSchema } },
    },
    () => fastify.cc.queues.list(),
  );

  fastify.post(
    '/queues/:id/operating-hours/plan',
    {
      ...edit,
      schema: {
        tags: ['contact center'],
        summary: "Plan a change of a queue's business hours and closure set: the request in words, and a warning when a closure set would close a queue open 24 hours every day. Nothing is written; 409 on a changed baseVersion.",
        params: ccIdParamSchema,
        body: operatingHoursWriteBodySchema,
        response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema },
      },
    },
    (request) => fastify.cc.queues.plan(request.params.id, request.body),
  );

  fastify.put(
    '/queues/:id/operating-hours',
    {
      ...edit,
      schema: {
        tags: ['contact center'],
        summary: "Change a queue's operating hours: read, check baseVersion (409), PATCH …/queues/{id}/operating_hours, read back, verify (not_persisted when Zoom dropped it), one history entry.",
        params: ccIdParamSchema,
        body: operatingHoursWriteBodySchema,
        response: { 200: writeResultSchema, 409: writeResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await fastify.cc.queues.apply(request.params.id, request.body, actorOf(request));
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.get(
    '/flows',
    { ...read, schema: { tags: ['contact center'], summary: 'Flows with their entry points (read only).', response: { 200: ccFlowListSchema } } },
    () => fastify.cc.flows.list(),
  );

  fastify.get(
    '/flows/:id',
    { ...read, schema: { tags: ['contact center'], summary: 'A flow: entry points and versions.', params: ccIdParamSchema, response: { 200: ccFlowResponseSchema, ...errors } } },
    (request) => fastify.cc.flows.get(request.params.id),
  );

  fastify.get(
    '/flows/:id/export',
    {
      ...read,
      schema: {
        tags: ['contact center'],
        summary: "A flow's export as Zoom gives it: a JSON file download (Content-Disposition: attachment).",
        params: ccIdParamSchema,
      },
    },
    async (request, reply) => {
      const { fileName, body } = await fastify.cc.flows.export(request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(JSON.stringify(body, null, 2));
    },
  );
};

export default queuesAndFlows;
