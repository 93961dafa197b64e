// The one access check for every request: resolve the session from the
// cookie, apply the route's `config.access` rule, and require the CSRF header
// on writes. Routes never check roles themselves.
import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from '@switchboard/contract/session';
import { AppError } from '../http/app-error';
import { decideAccess } from './access';
import type { SessionService } from './sessions';
import { sameSecret } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function crossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    // request.host: the Host the browser used, from X-Forwarded-Host when a trusted proxy sends it
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

export function createGuard(sessions: SessionService) {
  return async function guard(request: FastifyRequest): Promise<void> {
    const rule = request.routeOptions.config.access;
    if (!rule) return; // not an /api route (static files, not-found): nothing to guard

    const token = request.cookies[SESSION_COOKIE];
    request.auth = token ? await sessions.lookup(token) : null;

    const decision = decideAccess(rule, request.auth?.role ?? null);
    if (decision === 'unauthenticated') {
      throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
    }
    if (decision === 'forbidden') {
      throw new AppError(403, 'forbidden', 'Your role does not allow this. Ask an administrator if you need it.');
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (crossSite(request)) {
      throw new AppError(403, 'csrf', 'Requests from other sites are refused.');
    }
    if (request.routeOptions.config.csrf === false) return;
    const sent = request.headers[CSRF_HEADER];
    if (!request.auth || typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken)) {
      throw new AppError(403, 'csrf', 'This change was refused because the page is out of date. Reload the page and try again.');
    }
  };
}
