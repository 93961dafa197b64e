// The /v2 scope: bearer-token check, per-label rate limit and injected
// errors run before every API handler, in that order.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import type { SimContext } from '../context';
import { sendZoomError } from './errors';
import { RATE_LIMIT_MESSAGE } from './rate-limit';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The operation's rate-limit label from its Zoom doc. */
    label?: RateLimitLabel;
    /** Not counted against any rate limit (file downloads, which have no label). */
    unmetered?: boolean;
  }
  interface FastifyRequest {
    zoomAccountId?: string;
  }
}

export const INVALID_TOKEN_MESSAGE = 'Invalid access token.';

export function registerApiGuards(api: FastifyInstance, ctx: SimContext) {
  api.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const accountId = match?.[1] ? ctx.tokens.verify(match[1]) : undefined;
    if (!accountId) return sendZoomError(reply, 401, 124, INVALID_TOKEN_MESSAGE);
    request.zoomAccountId = accountId;

    if (!request.routeOptions.config.unmetered) {
      const label = request.routeOptions.config.label ?? 'light';
      const decision = ctx.limiter.take(accountId, label);
      reply.headers(decision.headers);
      if (!decision.allowed) return sendZoomError(reply, 429, 429, RATE_LIMIT_MESSAGE);
    }

    const fault = ctx.faults.errorFor(request.method, request.url.split('?')[0] ?? '');
    if (fault) return sendZoomError(reply, fault.status, fault.code, fault.message);
    return undefined;
  });
}

/** Run a state change unless dropWrites is on (the silent no-op). Validate before calling. */
export function commit(ctx: SimContext, request: FastifyRequest, change: () => void) {
  if (!ctx.faults.drops(request.method)) change();
}
