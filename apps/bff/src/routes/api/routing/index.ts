// The routing explorer (every role reads): trace a call, the problems report,
// and search for an entry point with its route tree. Answered from a cached
// snapshot of the account; `refresh=true` rebuilds it from Zoom first.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import {
  problemsResponseSchema,
  refreshQuerySchema,
  routingSearchQuerySchema,
  routingSearchResponseSchema,
  traceQuerySchema,
  traceResponseSchema,
} from '@switchboard/contract/routing';
import { POLICIES } from '../../../auth/access';

const REFRESH = '`refresh=true` rebuilds the snapshot of the account from Zoom first (it is otherwise kept up to 10 minutes, and dropped whenever a write through Switchboard lands).';

const routing: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/trace',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['routing'],
        summary: 'Where a call to this number goes at this instant after these key presses: each step with its reason, and the end (who rings or what plays).',
        description: `\`number\`: a phone number in any format or an extension number; \`at\`: an ISO instant with a zone (default now); \`keys\`: keys pressed in order, e.g. "2,1". ${REFRESH}`,
        querystring: traceQuerySchema,
        response: { 200: traceResponseSchema, 400: apiErrorSchema },
      },
    },
    async (request) => fastify.routingExplorer.trace(request.query),
  );

  fastify.get(
    '/problems',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['routing'],
        summary: 'Everything in the account that loses or may lose calls, errors first, each with a sentence and a link to the page that fixes it; counts for the home page.',
        description: REFRESH,
        querystring: refreshQuerySchema,
        response: { 200: problemsResponseSchema, 400: apiErrorSchema },
      },
    },
    async (request) => fastify.routingExplorer.problems({ refresh: request.query.refresh }),
  );

  fastify.get(
    '/search',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['routing'],
        summary: 'Entry points matching a phone number (any format), an extension number or a name, each with its route tree.',
        description: REFRESH,
        querystring: routingSearchQuerySchema,
        response: { 200: routingSearchResponseSchema, 400: apiErrorSchema },
      },
    },
    async (request) => fastify.routingExplorer.search(request.query.q, { refresh: request.query.refresh }),
  );
};

export default routing;
