import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { directoryListSchema, directoryQuerySchema } from '@switchboard/contract/directory';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { POLICIES } from '../../../auth/access';

const directory: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['directory'],
        summary: 'Routing targets for pickers: users, call queues, auto receptionists, shared line groups, common areas, external contacts and audio prompts.',
        querystring: directoryQuerySchema,
        response: { 200: directoryListSchema, 400: apiErrorSchema },
      },
    },
    async (request) => ({ items: await fastify.directory.list(request.query) }),
  );
};

export default directory;
