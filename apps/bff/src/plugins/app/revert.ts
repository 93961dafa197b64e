// Reverting changes from the history (features/revert).
import fp from 'fastify-plugin';
import { RevertService } from '../../features/revert/service';

declare module 'fastify' {
  interface FastifyInstance {
    revert: RevertService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('revert', new RevertService({
        audit: fastify.audit,
        ivrWrite: fastify.ivrWrite,
        hours: fastify.hours,
        holidays: fastify.holidays,
        zendeskMenus: fastify.zendeskMenus,
        cc: fastify.cc,
      }));
  },
  { name: 'revert', dependencies: ['audit', 'ivr-write', 'call-handling', 'zendesk-ivrs', 'contact-center'] },
);
