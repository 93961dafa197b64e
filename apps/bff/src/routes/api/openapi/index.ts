import type { FastifyPluginAsync } from 'fastify';
import { POLICIES } from '../../../auth/access';

const openapi: FastifyPluginAsync = async (fastify) => {
  fastify.get(
    '/openapi.json',
    { config: { access: POLICIES.public }, schema: { hide: true } },
    async () => fastify.swagger(),
  );
};

export default openapi;
