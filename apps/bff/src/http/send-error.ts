// The one way an error leaves the BFF: `{error: {code, message, details?}}` as
// JSON. The answer is never stored by a cache (it may describe a signed-in
// person's data), and it also goes out this way from the places Fastify's
// hooks do not reach (router errors), hence the headers here.
import type { FastifyReply } from 'fastify';
import type { ApiErrorCode } from './app-error';

export function sendError(reply: FastifyReply, status: number, code: ApiErrorCode, message: string, details?: unknown) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}
