// Zendesk Talk IVRs: reads (IVRs, menus, groups and greetings) and menu writes
// through the write pipeline.
import fp from 'fastify-plugin';
import { ZendeskReads } from '../../features/zendesk-ivrs/reads';
import { ZendeskMenuService } from '../../features/zendesk-ivrs/service';

declare module 'fastify' {
  interface FastifyInstance {
    zendeskReads: ZendeskReads;
    zendeskMenus: ZendeskMenuService;
  }
}

export default fp(
  async (fastify) => {
    const reads = new ZendeskReads(fastify.zendesk);
    fastify.decorate('zendeskReads', reads);
    fastify.decorate('zendeskMenus', new ZendeskMenuService({ reads, audit: fastify.audit }));
  },
  { name: 'zendesk-ivrs', dependencies: ['zendesk', 'audit'] },
);
