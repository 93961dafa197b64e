// The routing explorer's snapshot service; any write Switchboard lands in
// Zoom (its history entry finished) makes the snapshot stale.
import fp from 'fastify-plugin';
import { RoutingService } from '../../features/routing/service';

declare module 'fastify' {
  interface FastifyInstance {
    routingExplorer: RoutingService;
  }
}

export default fp(
  async (fastify) => {
    const routing = new RoutingService({ zoom: fastify.zoom });
    fastify.decorate('routingExplorer', routing);
    const off = fastify.audit.onWriteLanded(() => routing.invalidate());
    fastify.addHook('onClose', async () => {
      off();
    });
  },
  { name: 'routing-explorer', dependencies: ['zoom', 'audit'] },
);
