// Sign in, who am I, sign out. The cookie is httpOnly and SameSite=Strict;
// Secure unless the console is served over plain HTTP on loopback.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { SESSION_COOKIE, loginBodySchema, sessionSchema } from '@switchboard/contract/session';
import type { Session } from '@switchboard/contract/session';
import { POLICIES } from '../../../auth/access';
import type { SessionUser } from '../../../auth/sessions';
import { THROTTLE } from '../../../auth/throttle';
import { AppError } from '../../../http/app-error';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/;

function cookieIsSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || !LOOPBACK.test(request.hostname);
}

const toSession = (s: SessionUser): Session => ({ user: s.user, role: s.role, csrfToken: s.csrfToken });

function clearCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: cookieIsSecure(request) });
}

const session: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '',
    {
      config: { access: POLICIES.public, csrf: false },
      schema: {
        tags: ['session'],
        summary: 'Sign in with email and password; sets the session cookie.',
        body: loginBodySchema,
        response: { 200: sessionSchema, 401: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const result = await fastify.sessions.signIn(request.body.email, request.body.password, request.ip);
      if (!result.ok && result.reason === 'throttled') {
        reply.header('retry-after', String(THROTTLE.windowMinutes * 60));
        throw new AppError(
          429,
          'rate_limited',
          `Too many failed sign-in attempts. Wait ${THROTTLE.windowMinutes} minutes and try again.`,
        );
      }
      if (!result.ok) throw new AppError(401, 'unauthenticated', "That email and password don't match.");
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: cookieIsSecure(request),
        maxAge: fastify.sessions.ttlSeconds,
      });
      request.log.info({ userId: result.session.user.id, role: result.session.role }, 'signed in');
      return toSession(result.session);
    },
  );

  fastify.get(
    '',
    {
      config: { access: POLICIES.signedIn },
      schema: {
        tags: ['session'],
        summary: 'The signed-in user, role and CSRF token.',
        response: { 200: sessionSchema, 401: apiErrorSchema },
      },
    },
    async (request) => toSession(request.auth!),
  );

  fastify.delete(
    '',
    {
      config: { access: POLICIES.signedIn },
      schema: {
        tags: ['session'],
        summary: 'Sign out (needs the x-csrf-token header).',
        response: { 204: z.null().describe('Signed out') },
      },
    },
    async (request, reply) => {
      await fastify.sessions.signOut(request.auth!.sessionId);
      clearCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};

export default session;
