import fp from 'fastify-plugin';
import { SetupService } from '../../features/setup/service';

declare module 'fastify' {
  interface FastifyInstance {
    setup: SetupService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('setup', new SetupService(fastify.zoom, fastify.config));
  },
  { name: 'setup', dependencies: ['zoom', 'config'] },
);
