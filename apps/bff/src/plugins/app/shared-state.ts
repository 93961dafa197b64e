// What the replicas share (replicas/shared-state.ts): Redis when REDIS_URL is
// set, this process's memory otherwise. Closed after every other plugin.
import fp from 'fastify-plugin';
import { processState, redisState } from '../../replicas/shared-state';
import type { SharedState } from '../../replicas/shared-state';

declare module 'fastify' {
  interface FastifyInstance {
    sharedState: SharedState;
  }
}

export default fp(
  async (fastify) => {
    const { redisUrl, redisPrefix } = fastify.config;
    const log = fastify.log.child({ component: 'redis' });
    const state = redisUrl ? await redisState(redisUrl, redisPrefix, (err) => log.warn({ err }, 'a Redis command failed')) : processState();
    if (redisUrl) log.info(`Shared state in Redis (key prefix "${redisPrefix}"): this process can run beside other replicas`);
    if (redisUrl && fastify.config.db.kind === 'pglite') {
      log.warn('REDIS_URL is set but the database is this process\'s own PGlite: replicas must share one PostgreSQL (DATABASE_URL) for their sign-ins, history and jobs');
    }
    fastify.decorate('sharedState', state);
    fastify.addHook('onClose', () => state.close());
  },
  { name: 'shared-state', dependencies: ['config'] },
);
