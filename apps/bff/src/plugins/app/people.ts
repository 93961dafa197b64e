// The people who sign in and their sessions (features/people).
import fp from 'fastify-plugin';
import { PeopleService } from '../../features/people/service';

declare module 'fastify' {
  interface FastifyInstance {
    people: PeopleService;
  }
}

export default fp(
  async (fastify) => {
    fastify.decorate('people', new PeopleService(fastify.database.db));
  },
  { name: 'people', dependencies: ['database', 'auth'] },
);
