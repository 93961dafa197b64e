// Sign in, who am I, sign out. The cookie is httpOnly and SameSite=Strict;
// Secure unless the console is served over plain HTTP on loopback.
// request.protocol, request.hostname and request.ip honour X-Forwarded-* only
// from the proxies TRUST_PROXY names (build-app.ts), so a client cannot make
// its own cookie lax or move its failures to another address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { SESSION_COOKIE, loginBodySchema, sessionSchema } from '@switchboard/contract/session';
import type { Session } from '@switchboard/contract/session';
import { POLICIES } from '../../../auth/access';
import type { SessionUser } from '../../../auth/sessions';
import { AppError } from '../../../http/app-error';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/;

/** Plain HTTP is accepted only where the browser itself is on loopback (the demo); anywhere else the cookie needs HTTPS. */
function cookieIsSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https' || !LOOPBACK.test(request.hostname);
}

const minutes = (seconds: number) => {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return n === 1 ? '1 minute' : `${n} minutes`;
};

const THROTTLED = {
  account: (s: number) => `Too many failed sign-in attempts for this account. Try again in ${minutes(s)}.`,
  address: (s: number) => `Too many failed sign-in attempts from your network address. Try again in ${minutes(s)}.`,
};
const BUSY_RETRY_SECONDS = 2;

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
        response: { 200: sessionSchema, 401: apiErrorSchema, 429: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request, reply) => {
      // request.ip: the client as seen by the last trusted proxy (TRUST_PROXY), else the socket's peer
      const result = await fastify.sessions.signIn(request.body.email, request.body.password, request.ip);
      if (!result.ok) {
        switch (result.reason) {
          case 'throttled':
            reply.header('retry-after', String(result.retryAfterSeconds));
            throw new AppError(429, 'rate_limited', THROTTLED[result.scope](result.retryAfterSeconds));
          case 'busy':
            reply.header('retry-after', String(BUSY_RETRY_SECONDS));
            throw new AppError(503, 'busy', 'Switchboard is busy signing people in; try again in a moment.');
          case 'invalid':
            throw new AppError(401, 'unauthenticated', "That email and password don't match.");
        }
      }
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
      // Asking whether anyone is signed in is not an error when nobody is: 204, which
      // browsers do not log as a failed request on every visit to the sign-in page.
      config: { access: POLICIES.public },
      schema: {
        tags: ['session'],
        summary: 'The signed-in user, role and CSRF token; 204 (no content) when nobody is signed in.',
        response: { 200: sessionSchema, 204: z.null().describe('Nobody is signed in') },
      },
    },
    async (request, reply) => (request.auth ? toSession(request.auth) : reply.code(204).send(null)),
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
