// The process's one database (PGlite or PostgreSQL), migrated before use.
// Tests may hand in an already open one; then they own closing it.
import fp from 'fastify-plugin';
import { openDatabase } from '../../db/database';
import type { Database } from '../../db/database';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}

export default fp<{ database?: Database }>(
  async (fastify, opts) => {
    const database = opts.database ?? (await openDatabase(fastify.config.db));
    fastify.decorate('database', database);
    if (!opts.database) fastify.addHook('onClose', () => database.close());
  },
  { name: 'database', dependencies: ['config'] },
);
