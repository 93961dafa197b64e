// The process's one Zoom client (see zoom/create.ts). Each exchange is logged
// with its tracking id, never with headers or bodies.
import fp from 'fastify-plugin';
import type { ZoomClient } from '../../zoom/client';
import { createZoomConnection } from '../../zoom/create';
import type { ZoomConnection } from '../../zoom/create';

declare module 'fastify' {
  interface FastifyInstance {
    zoom: ZoomClient;
    zoomConnection: Omit<ZoomConnection, 'close' | 'client'>;
  }
}

export default fp(
  async (fastify) => {
    const log = fastify.log.child({ component: 'zoom' });
    const conn = await createZoomConnection(fastify.config, (e) => {
      const level = e.status === null || e.status >= 500 || e.status === 429 ? 'warn' : 'debug';
      log[level]({ zoom: e }, `zoom ${e.method} ${e.path} → ${e.status ?? 'no answer'}`);
    }, fastify.sharedState);
    fastify.decorate('zoom', conn.client);
    fastify.decorate('zoomConnection', { apiBaseUrl: conn.apiBaseUrl, plan: conn.plan, simulatorUrl: conn.simulatorUrl });
    fastify.addHook('onClose', () => conn.close());
    if (conn.simulatorUrl) log.info(`Demo mode: simulated Zoom account at ${conn.simulatorUrl}`);
  },
  { name: 'zoom', dependencies: ['config', 'shared-state'] },
);
