import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { setupQuerySchema, setupSchema } from '@switchboard/contract/setup';
import { POLICIES } from '../../../auth/access';

const setup: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.admin },
      schema: {
        tags: ['setup'],
        summary: "How Switchboard is connected to Zoom, and the scopes the Zoom app still needs (from Zoom's token answer; no API call).",
        querystring: setupQuerySchema,
        response: { 200: setupSchema, 400: apiErrorSchema, 502: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request) => fastify.setup.status({ recheck: request.query.recheck === 'true' }),
  );
};

export default setup;
