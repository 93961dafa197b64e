// People who sign in (admins only): list, invite, change role or disable, reset a password.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import {
  inviteAnswerSchema,
  inviteBodySchema,
  personAnswerSchema,
  personIdParamSchema,
  personListSchema,
  resetAnswerSchema,
} from '@switchboard/contract/people';
import { updatePersonBodySchema } from '@switchboard/contract/people';
import { POLICIES } from '../../../auth/access';
import type { Actor } from '../../../features/people/service';

export const actorOf = (request: FastifyRequest): Actor => ({
  id: request.auth!.user.id,
  email: request.auth!.user.email,
  sessionId: request.auth!.sessionId,
});

/** The link as the person will open it: this console's own address (X-Forwarded-* only from trusted proxies). */
export const linkUrl = (request: FastifyRequest, token: string) => `${request.protocol}://${request.host}/welcome/${token}`;

const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const users: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.managePeople },
      schema: { tags: ['people'], summary: 'Everyone who signs in, with their role, status and open sessions.', response: { 200: personListSchema, ...errors } },
    },
    async () => ({ items: await fastify.people.list() }),
  );

  fastify.post(
    '',
    {
      config: { access: POLICIES.managePeople },
      schema: {
        tags: ['people'],
        summary: 'Invite someone: with a first password, or with a one-time link (in the answer only, never shown again).',
        body: inviteBodySchema,
        response: { 201: inviteAnswerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const r = await fastify.people.invite(request.body, actorOf(request));
      reply.code(201);
      return { ...r, link: r.link && { url: linkUrl(request, r.link.token), expiresAt: r.link.expiresAt.toISOString() } };
    },
  );

  fastify.patch(
    '/:id',
    {
      config: { access: POLICIES.managePeople },
      schema: {
        tags: ['people'],
        summary: 'Change a role, or disable or enable an account; their open sessions end.',
        params: personIdParamSchema,
        body: updatePersonBodySchema,
        response: { 200: personAnswerSchema, ...errors },
      },
    },
    async (request) => fastify.people.update(request.params.id, request.body, actorOf(request)),
  );

  fastify.post(
    '/:id/reset-password',
    {
      config: { access: POLICIES.managePeople },
      schema: {
        tags: ['people'],
        summary: 'A one-time link to choose a new password (in the answer only); the old password stops working.',
        params: personIdParamSchema,
        response: { 200: resetAnswerSchema, ...errors },
      },
    },
    async (request) => {
      const r = await fastify.people.resetPassword(request.params.id, actorOf(request));
      return { ...r, link: { url: linkUrl(request, r.link.token), expiresAt: r.link.expiresAt.toISOString() } };
    },
  );
};

export default users;
