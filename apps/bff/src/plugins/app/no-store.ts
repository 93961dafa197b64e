// No /api answer is kept by a browser or proxy cache: they carry a signed-in
// person's data (menus, the change history, the CSRF token), and a shared
// computer's cache would hand them to the next person. One onSend hook, so a
// new route cannot forget it; the SPA's files (not /api) keep their caching.
//
// One exception, decided here: a successful answer whose route set its own
// Cache-Control keeps it. Only the file proxies (GET /api/audio-prompts/:id/audio
// and a Contact Center asset's GET /api/cc/assets/:id/items/:itemId/file) do, with `private, max-age=300`: shared caches still never store it, and the
// browser may replay a greeting for five minutes without another download from
// Zoom (each costs rate budget). Error answers are always no-store.
// Event streams hijack the reply and set their own no-store (http/sse.ts).
import fp from 'fastify-plugin';
import { isApi } from '../../http/is-api';

export default fp(
  async (fastify) => {
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (!isApi(request.url)) return payload;
      if (reply.statusCode >= 400 || !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'no-store' },
);
