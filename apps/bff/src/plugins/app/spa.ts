// Serve the built SPA from WEB_DIST: real files as they are, any other
// non-/api GET as index.html (client-side routes), unknown /api paths as a
// JSON 404 (405 when the path exists with other methods). Without a build,
// say how to make one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { allowedMethods } from '../../http/allowed-methods';
import { AppError } from '../../http/app-error';
import { REQUEST_ERRORS, methodNotAllowed } from '../../http/request-errors';
import { isApi } from '../../http/is-api';

export default fp(
  async (fastify) => {
    const dist = fastify.config.webDist;
    const hasBuild = existsSync(path.join(dist, 'index.html'));
    if (hasBuild) {
      await fastify.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        // hashed assets may be cached for long; index.html never
        setHeaders(reply, file) {
          reply.header(
            'cache-control',
            file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    } else {
      fastify.log.warn(`No web build at ${dist}: serving the API only. Build it with "pnpm --filter @switchboard/web build".`);
    }

    fastify.setNotFoundHandler((request, reply) => {
      if (isApi(request.url)) {
        // Thrown, so the errors plugin answers it like every other API error.
        const allowed = allowedMethods(fastify.apiRoutes, request.url);
        if (allowed.length === 0) throw new AppError(404, 'not_found', REQUEST_ERRORS.notFound.message);
        reply.header('allow', allowed.join(', '));
        const e = methodNotAllowed(allowed);
        throw new AppError(e.status, e.code, e.message);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return reply.code(404).send({ error: { code: 'not_found', message: 'Not found.' } });
      }
      // a missing file (e.g. an old hashed asset) is a 404, not the app page
      const last = request.url.split('?')[0]!.split('/').pop() ?? '';
      if (last.includes('.')) {
        return reply.code(404).type('text/plain; charset=utf-8').send('Not found.');
      }
      if (!hasBuild) {
        return reply
          .code(404)
          .type('text/plain; charset=utf-8')
          .send('The web app has not been built yet. Run "pnpm --filter @switchboard/web build" and reload.');
      }
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'spa', dependencies: ['config', 'auth'] },
);
