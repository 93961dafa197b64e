import fp from 'fastify-plugin';
import { CallQueueService } from '../../features/call-queues/service';

declare module 'fastify' {
  interface FastifyInstance {
    callQueues: CallQueueService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('callQueues', new CallQueueService(fastify.zoom, fastify.directory));
  },
  { name: 'call-queues', dependencies: ['zoom', 'directory'] },
);
