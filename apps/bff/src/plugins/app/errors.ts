// Every error leaves as `{error: {code, message, details?}}` with a sentence.
// Stack traces, Zoom's raw answers and secrets never reach the browser.
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error';
import type { ApiErrorCode } from '../../http/app-error';
import { validationMessage } from '../../http/validation-message';
import { ZoomApiError } from '../../zoom/zoom-error';

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as JSON (Content-Type: application/json).',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send a JSON object.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request body length does not match its Content-Length.',
};

function send(reply: FastifyReply, status: number, code: ApiErrorCode, message: string, details?: unknown) {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

function zoomError(err: ZoomApiError, request: FastifyRequest, reply: FastifyReply) {
  const details = { trackingId: err.trackingId };
  request.log.warn({ zoomError: { kind: err.kind, status: err.status, code: err.code, path: err.path, trackingId: err.trackingId } }, err.message);
  switch (err.kind) {
    case 'network':
      return send(reply, 503, 'zoom_unavailable', 'Zoom could not be reached. Try again in a moment.', details);
    case 'rate_limited':
      return send(reply, 429, 'rate_limited', "Zoom's rate limit is used up for now. Try again in a minute.", details);
    case 'auth':
      return send(reply, 502, 'zoom_error', 'Switchboard could not sign in to Zoom. An administrator should check the Zoom app credentials.', details);
    case 'scope':
      return send(reply, 403, 'zoom_scope_missing', err.message, { ...details, scopes: err.scopes });
    case 'invalid_response':
      return send(reply, 502, 'zoom_error', 'Zoom answered in a shape Switchboard does not understand.', details);
    case 'http':
      if (err.isNotFound) return send(reply, 404, 'not_found', 'Zoom has no such item; it may have been deleted.', details);
      return send(reply, 502, 'zoom_error', `Zoom refused the request: ${err.message}`, details);
  }
}

/** The part of the request a validation error is about, as sent. */
function validatedInput(request: FastifyRequest, context: string | undefined): unknown {
  switch (context) {
    case 'body':
      return request.body;
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
    default:
      return undefined;
  }
}

export default fp(
  async (fastify) => {
    fastify.setErrorHandler((err: FastifyError, request, reply) => {
      if (err instanceof AppError) return send(reply, err.statusCode, err.code, err.message, err.details);
      if (err instanceof ZoomApiError) return zoomError(err, request, reply);
      if (hasZodFastifySchemaValidationErrors(err)) {
        const input = validatedInput(request, err.validationContext);
        const { message, field } = validationMessage(err.validation, err.validationContext, input);
        return send(reply, 400, 'bad_request', message, { field });
      }
      const status = err.statusCode ?? 500;
      if (status === 429) return send(reply, 429, 'rate_limited', 'Too many requests. Wait a moment and try again.');
      if (status >= 400 && status < 500) {
        const message =
          FASTIFY_MESSAGES[err.code] ??
          (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
            ? 'The request body is not valid JSON.'
            : 'The request could not be understood.');
        return send(reply, status, status === 404 ? 'not_found' : 'bad_request', message);
      }
      request.log.error({ err }, 'request failed');
      return send(reply, 500, 'internal', 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.');
    });
  },
  { name: 'errors' },
);
