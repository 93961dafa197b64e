// The /api/v2 scope: Basic authentication, the per-minute rate limit and
// injected errors run before every handler, in that order.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../context';
import type { TalkStore } from '../state/store';
import { authenticated } from './auth';
import { DECIDED, decidedError } from './decisions';
import { ZendeskApiError, sendZendeskError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Answered with an error injected through the control plane. */
    injectedFault?: boolean;
  }
}

export function registerApiGuards(api: FastifyInstance, ctx: SimContext) {
  api.addHook('preHandler', async (request, reply) => {
    if (!authenticated(request.headers.authorization, ctx.credentials)) {
      reply.header('WWW-Authenticate', 'Basic realm="Zendesk API"');
      return sendZendeskError(reply, decidedError(DECIDED.unauthenticated));
    }
    const decision = ctx.limiter.take(ctx.credentials.email.toLowerCase());
    if (!decision.allowed) {
      const wait = String(decision.retryAfterSeconds ?? 60);
      reply.header('Retry-After', wait);
      return sendZendeskError(reply, decidedError(DECIDED.rateLimited, String(decision.limit), wait));
    }
    const fault = ctx.faults.errorFor(request.method, request.url.split('?')[0] ?? '');
    if (fault) {
      request.injectedFault = true;
      if (fault.status === 429) reply.header('Retry-After', String(fault.retryAfterSeconds));
      return sendZendeskError(reply, new ZendeskApiError(fault.status, fault.error, fault.description));
    }
    return undefined;
  });
}

/**
 * Runs a write and returns its answer. With dropWrites on, the write runs on a
 * copy of the account that is then thrown away: the answer is the one the
 * write would have had, and nothing changes (the silent success).
 */
export function write<T>(ctx: SimContext, request: FastifyRequest, change: (store: TalkStore) => T): T {
  return change(ctx.faults.drops(request.method) ? ctx.store.clone() : ctx.store);
}
