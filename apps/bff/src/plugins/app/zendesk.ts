// The process's one Zendesk Talk client (see zendesk/create.ts), or null when
// Zendesk is not connected. Each exchange is logged with its method, path and
// status, never with headers or bodies.
import fp from 'fastify-plugin';
import type { ZendeskClient } from '../../zendesk/client';
import { createZendeskConnection, type ZendeskConnection } from '../../zendesk/create';

declare module 'fastify' {
  interface FastifyInstance {
    zendesk: ZendeskClient | null;
    zendeskConnection: Omit<ZendeskConnection, 'close' | 'client'>;
  }
}

export default fp(
  async (fastify) => {
    const log = fastify.log.child({ component: 'zendesk' });
    const conn = await createZendeskConnection(fastify.config, (e) => {
      const level = e.status === null || e.status >= 500 || e.status === 429 ? 'warn' : 'debug';
      log[level]({ zendesk: e }, `zendesk ${e.method} ${e.path} → ${e.status ?? 'no answer'}`);
    });
    fastify.decorate('zendesk', conn.client);
    fastify.decorate('zendeskConnection', { apiBaseUrl: conn.apiBaseUrl, simulatorUrl: conn.simulatorUrl });
    fastify.addHook('onClose', () => conn.close());
    if (conn.simulatorUrl) log.info(`Demo mode: simulated Zendesk Talk account at ${conn.simulatorUrl}`);
  },
  { name: 'zendesk', dependencies: ['config'] },
);
