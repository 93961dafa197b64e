// Sessions, the access guard (one onRequest hook for the whole app), the
// registry of /api routes with their access rules, and the demo sign-ins.
import fp from 'fastify-plugin';
import type { HTTPMethods } from 'fastify';
import { DEMO_PASSWORD, DEMO_USERS } from '@switchboard/contract/session';
import type { AccessRule } from '../../auth/access';
import { createGuard } from '../../auth/guard';
import { SessionService } from '../../auth/sessions';
import type { SessionUser } from '../../auth/sessions';
import { LoginThrottle } from '../../auth/throttle';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (required on every /api route). */
    access?: AccessRule;
    /** Writes need the CSRF header unless this is false (sign-in only). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    auth: SessionUser | null;
  }
  interface FastifyInstance {
    sessions: SessionService;
    /** Every /api route and its access rule, for the route × role test and docs. */
    apiRoutes: { method: string; url: string; access: AccessRule }[];
  }
}

export default fp(
  async (fastify) => {
    const sessions = new SessionService(
      fastify.database.db,
      new LoginThrottle(fastify.database.db),
      fastify.config.sessionTtlHours,
    );
    fastify.decorate('sessions', sessions);
    fastify.decorateRequest('auth', null);

    const apiRoutes: { method: string; url: string; access: AccessRule }[] = [];
    fastify.decorate('apiRoutes', apiRoutes);
    fastify.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api')) return;
      const access = route.config?.access;
      const methods = ([] as HTTPMethods[]).concat(route.method);
      if (!access) {
        throw new Error(`Route ${methods.join(',')} ${route.url} declares no access rule (config.access).`);
      }
      for (const method of methods) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access });
    });

    fastify.addHook('onRequest', createGuard(sessions));

    await sessions.deleteExpired();
    if (fastify.config.mode === 'demo') {
      for (const u of DEMO_USERS) await sessions.ensureUser({ ...u, password: DEMO_PASSWORD });
    }
  },
  { name: 'auth', dependencies: ['config', 'database', 'cookie'] },
);
