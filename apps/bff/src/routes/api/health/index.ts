import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '@switchboard/contract/health';
import type { Health } from '@switchboard/contract/health';
import { DEMO_USERS } from '@switchboard/contract/session';
import { POLICIES } from '../../../auth/access';

const health: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '',
    {
      config: { access: POLICIES.public },
      schema: {
        tags: ['system'],
        summary: 'Is the BFF up, which mode is it in, and can it reach its database?',
        response: { 200: healthSchema },
      },
    },
    async (): Promise<Health> => {
      const dbOk = await fastify.database.ping();
      const { apiBaseUrl, plan, simulatorUrl } = fastify.zoomConnection;
      const demo = fastify.config.mode === 'demo';
      return {
        status: dbOk ? 'ok' : 'degraded',
        mode: fastify.config.mode,
        db: { kind: fastify.database.kind, ok: dbOk },
        zoom: { apiBaseUrl, plan, ...(simulatorUrl ? { simulatorUrl } : {}) },
        zendesk: {
          connected: fastify.zendesk !== null,
          ...(fastify.zendeskConnection.simulatorUrl ? { simulatorUrl: fastify.zendeskConnection.simulatorUrl } : {}),
        },
        ...(demo ? { demoUsers: DEMO_USERS.map((u) => ({ ...u })) } : {}),
      };
    },
  );
};

export default health;
