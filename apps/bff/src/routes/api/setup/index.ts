import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { setupSchema } from '@switchboard/contract/setup';
import { POLICIES } from '../../../auth/access';

const setup: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.admin },
      schema: {
        tags: ['setup'],
        summary: "How Switchboard is connected to Zoom, and the scopes the Zoom app still needs (from Zoom's token answer; no API call).",
        response: { 200: setupSchema, 502: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async () => fastify.setup.status(),
  );
};

export default setup;
