// The /v2 scope: bearer token, scopes, per-label rate limit and injected
// errors run before every API handler, in that order.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimContext } from '../context';
import { sendZoomError } from './errors';
import { operationOf } from './operations';
import { RATE_LIMIT_MESSAGE } from './rate-limit';

declare module 'fastify' {
  interface FastifyRequest {
    zoomAccountId?: string;
    /** Answered with an error injected through the control plane. */
    injectedFault?: boolean;
  }
}

/** Zoom's two token answers (401, code 124), as its documents word them. */
export const TOKEN_MESSAGES = { invalid: 'Invalid access token.', expired: 'Access token has expired.' } as const;

export function registerApiGuards(api: FastifyInstance, ctx: SimContext) {
  api.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const token = match?.[1] ? ctx.tokens.verify(match[1]) : ({ ok: false, reason: 'invalid' } as const);
    if (!token.ok) return sendZoomError(reply, 401, 124, TOKEN_MESSAGES[token.reason]);
    request.zoomAccountId = token.accountId;

    const op = operationOf(request);
    const accepted = [...op.scopes, ...op.granularScopes];
    if (accepted.length > 0 && !accepted.some((s) => token.scopes.has(s))) {
      // Zoom's answer to a token without the operation's scope (HTTP 400, code 4711; decision 006).
      return sendZoomError(reply, 400, 4711, `Invalid access token, does not contain scopes:[${accepted.join(', ')}].`);
    }

    // Resource-intensive operations are paced as Heavy; none of the simulated ones has that label (decision 006).
    const label = op.label === 'resource-intensive' ? 'heavy' : (op.label ?? 'light');
    const decision = ctx.limiter.take(token.accountId, label);
    reply.headers(decision.headers);
    if (!decision.allowed) return sendZoomError(reply, 429, 429, RATE_LIMIT_MESSAGE);

    const fault = ctx.faults.errorFor(request.method, request.url.split('?')[0] ?? '');
    if (fault) {
      request.injectedFault = true;
      return sendZoomError(reply, fault.status, fault.code, fault.message);
    }
    return undefined;
  });
}

/** Run a state change unless dropWrites is on (the silent no-op). Validate before calling. */
export function commit(ctx: SimContext, request: FastifyRequest, change: () => void) {
  if (!ctx.faults.drops(request.method)) change();
}
