import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callQueueIdParamSchema, callQueueSchema } from '@switchboard/contract/call-queues';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { POLICIES } from '../../../auth/access';

const callQueues: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/:id',
    {
      // Who answers a queue is part of where a call goes: every role reads it.
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['call queues'],
        summary: 'One call queue with its members (users and common areas) and their extension numbers.',
        params: callQueueIdParamSchema,
        response: { 200: callQueueSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => fastify.callQueues.get(request.params.id),
  );
};

export default callQueues;
