// The OpenAPI document of every /api route, generated from the same zod
// schemas that validate requests (served by routes/api/openapi).
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Switchboard BFF',
          description:
            'The HTTP API the Switchboard console uses. Sign in with POST /api/session; send the returned csrfToken as the x-csrf-token header on every write.',
          version: '0.1.0',
        },
        components: {
          securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sb_session' } },
        },
      },
      transform: jsonSchemaTransform,
    });
  },
  { name: 'swagger' },
);
