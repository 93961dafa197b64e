import fp from 'fastify-plugin';
import { DirectoryService } from '../../features/directory/service';

declare module 'fastify' {
  interface FastifyInstance {
    directory: DirectoryService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('directory', new DirectoryService(fastify.zoom));
  },
  { name: 'directory', dependencies: ['zoom'] },
);
