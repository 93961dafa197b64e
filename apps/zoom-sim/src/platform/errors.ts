// Zoom's REST error: HTTP status plus a JSON body `{code, message}`.
import type { FastifyReply } from 'fastify';

export class ZoomApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** HTTP 400, Zoom code 300: the validation family. */
export const validationError = (message: string) => new ZoomApiError(400, 300, message);
export const VALIDATION_FAILED = 'Validation Failed.';

export function sendZoomError(reply: FastifyReply, status: number, code: number, message: string) {
  return reply.code(status).type('application/json').send({ code, message });
}
