// Fastify's router refuses some addresses before any route, hook or error
// handler runs: a path parameter longer than maxParamLength (414) and a broken
// %-escape (400). Its own answers repeat the address; these are the API's
// shape and sentences instead (Fastify's `frameworkErrors` option).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { FASTIFY_ERRORS, requestErrorFor } from './request-errors';
import { sendError } from './send-error';

export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = FASTIFY_ERRORS[error.code] ?? requestErrorFor(error.statusCode ?? 400);
  request.log.info({ code: error.code, status: known.status }, 'request refused by the router');
  void sendError(reply, known.status, known.code, known.message);
}
