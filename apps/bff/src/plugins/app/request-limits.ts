// What a request may look like before any route sees it: an address of at
// most MAX_URL_LENGTH characters (414 otherwise; Node itself stops near
// 16 KB, see http/client-error.ts) and a body in JSON only — except the
// Contact Center asset routes, whose scope adds a multipart/form-data parser
// for uploads (routes/api/cc/assets.ts; the CSRF token and Origin checks
// still apply, so a cross-site form cannot post there). Fastify would
// also parse text/plain, which no route takes: such bodies are a 415 here,
// not a confusing "field is required" (and not a form a cross-site page can
// post without a preflight).
import fp from 'fastify-plugin';
import { AppError } from '../../http/app-error';
import { MAX_URL_LENGTH, REQUEST_ERRORS } from '../../http/request-errors';

export default fp(
  async (fastify) => {
    fastify.removeContentTypeParser('text/plain');
    fastify.addHook('onRequest', async (request) => {
      if (request.url.length > MAX_URL_LENGTH) {
        const e = REQUEST_ERRORS.uriTooLong;
        throw new AppError(e.status, e.code, e.message);
      }
    });
  },
  { name: 'request-limits' },
);
