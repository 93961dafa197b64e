// The control plane for tests and demos, loopback clients only:
// GET/DELETE /__sim/requests, GET/POST/DELETE /__sim/faults, POST /__sim/reset.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context';
import { faultBodySchema } from './faults';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function registerControlRoutes(app: FastifyInstance, ctx: SimContext) {
  const view = () => ({ ...ctx.faults.snapshot(), rateLimit: ctx.limiter.plan });
  app.register(
    async (control) => {
      control.addHook('onRequest', async (request, reply) => {
        if (!LOOPBACK.has(request.ip)) {
          return reply.code(403).send({ error: 'Forbidden', description: 'The simulator control plane only answers loopback clients.' });
        }
        return undefined;
      });
      control.get('/requests', async () => ({ requests: ctx.log.list() }));
      control.delete('/requests', async (_request, reply) => {
        ctx.log.clear();
        return reply.code(204).send();
      });
      control.get('/faults', async () => view());
      control.post('/faults', async (request, reply) => {
        const parsed = faultBodySchema.safeParse(request.body ?? {});
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
          return reply.code(400).send({ error: 'InvalidFault', description: `Invalid fault${where}: ${issue?.message ?? 'unknown field'}` });
        }
        const effects = ctx.faults.apply(parsed.data);
        if (effects.rateLimit !== undefined) ctx.limiter.reset(effects.rateLimit);
        return view();
      });
      control.delete('/faults', async (_request, reply) => {
        ctx.faults.clear();
        return reply.code(204).send();
      });
      control.post('/reset', async (_request, reply) => {
        ctx.reset();
        return reply.code(204).send();
      });
    },
    { prefix: '/__sim' },
  );
}
