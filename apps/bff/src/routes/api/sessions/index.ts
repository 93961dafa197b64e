// Signed-in sessions (admins only): list and end them.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { sessionIdParamSchema, sessionListSchema } from '@switchboard/contract/people';
import { POLICIES } from '../../../auth/access';
import { actorOf } from '../users/index';

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

const sessions: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.managePeople },
      schema: { tags: ['people'], summary: 'Open sessions: who, since when, until when, from which address.', response: { 200: sessionListSchema, ...errors } },
    },
    async (request) => ({ items: await fastify.people.sessions(request.auth!.sessionId) }),
  );

  fastify.delete(
    '/:id',
    {
      config: { access: POLICIES.managePeople },
      schema: {
        tags: ['people'],
        summary: 'End a session: that browser must sign in again.',
        params: sessionIdParamSchema,
        response: { 200: z.object({ auditId: z.string() }), ...errors },
      },
    },
    async (request) => fastify.people.revokeSession(request.params.id, actorOf(request)),
  );
};

export default sessions;
