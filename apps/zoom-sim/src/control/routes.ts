// The control plane for tests and demos, loopback clients only:
// GET/DELETE /__sim/requests, GET/POST/DELETE /__sim/faults, POST /__sim/reset,
// POST /__sim/scenario {"name": "demo" | "large" | "routing-clean" | "routing-problems"}.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context';
import { SCENARIO_NAMES, type ScenarioName } from '../seed/scenarios/registry';
import { faultBodySchema } from './faults';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function registerControlRoutes(app: FastifyInstance, ctx: SimContext) {
  app.register(async (control) => {
    control.addHook('onRequest', async (request, reply) => {
      if (!LOOPBACK.has(request.ip)) {
        return reply.code(403).send({ code: 403, message: 'The simulator control plane only answers loopback clients.' });
      }
      return undefined;
    });

    control.get('/requests', async () => ({ requests: ctx.log.list() }));
    control.delete('/requests', async (_request, reply) => {
      ctx.log.clear();
      return reply.code(204).send();
    });

    control.get('/faults', async () => ({ ...ctx.faults.snapshot(), rateLimit: ctx.limiter.plan }));
    control.post('/faults', async (request, reply) => {
      const parsed = faultBodySchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
        return reply.code(400).send({ code: 300, message: `Invalid fault${where}: ${issue?.message ?? 'unknown field'}` });
      }
      const effects = ctx.faults.apply(parsed.data);
      if (effects.rateLimit) ctx.limiter.reset(effects.rateLimit);
      if (effects.expireTokens) ctx.tokens.expireAll();
      return { ...ctx.faults.snapshot(), rateLimit: ctx.limiter.plan };
    });
    control.delete('/faults', async (_request, reply) => {
      ctx.faults.clear();
      return reply.code(204).send();
    });

    control.post('/scenario', async (request, reply) => {
      const name = (request.body as { name?: unknown } | null)?.name;
      if (typeof name !== 'string' || !(SCENARIO_NAMES as readonly string[]).includes(name)) {
        return reply.code(400).send({ code: 300, message: `Invalid scenario: name must be one of ${SCENARIO_NAMES.join(', ')}.` });
      }
      ctx.useScenario(name as ScenarioName);
      return reply.code(204).send();
    });

    control.post('/reset', async (_request, reply) => {
      ctx.reset();
      return reply.code(204).send();
    });
  }, { prefix: '/__sim' });
}
