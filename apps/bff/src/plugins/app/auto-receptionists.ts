import fp from 'fastify-plugin';
import { AutoReceptionistService } from '../../features/auto-receptionists/service';

declare module 'fastify' {
  interface FastifyInstance {
    autoReceptionists: AutoReceptionistService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('autoReceptionists', new AutoReceptionistService(fastify.zoom));
  },
  { name: 'auto-receptionists', dependencies: ['zoom'] },
);
