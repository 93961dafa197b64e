// One-time links (an invitation or a password reset): who it is for, and
// choosing the password. No sign-in: the link's token is the proof.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { choosePasswordBodySchema, linkInfoSchema, linkTokenParamSchema } from '@switchboard/contract/people';
import { POLICIES } from '../../../auth/access';
import { notFound } from '../../../http/app-error';

const GONE = 'This link has expired or was already used. Ask an admin for a new one.';

const links: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/:token',
    {
      config: { access: POLICIES.public },
      schema: {
        tags: ['people'],
        summary: 'Whom a one-time link is for, while it may still be used.',
        params: linkTokenParamSchema,
        response: { 200: linkInfoSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const link = await fastify.people.linkInfo(request.params.token);
      if (!link) throw notFound(GONE);
      return { email: link.email, name: link.name, purpose: link.purpose, expiresAt: link.expiresAt };
    },
  );

  fastify.post(
    '/:token',
    {
      // the token proves who it is; there is no session (and so no CSRF token) yet
      config: { access: POLICIES.public, csrf: false },
      schema: {
        tags: ['people'],
        summary: 'Choose a password from a one-time link; sign in with it afterwards.',
        params: linkTokenParamSchema,
        body: choosePasswordBodySchema,
        response: { 204: z.null().describe('Password chosen'), 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await fastify.people.choosePassword(request.params.token, request.body.password);
      return reply.code(204).send(null);
    },
  );
};

export default links;
