import fp from 'fastify-plugin';
import { AuditService } from '../../features/audit/service';

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('audit', new AuditService(fastify.database.db));
  },
  { name: 'audit', dependencies: ['database'] },
);
