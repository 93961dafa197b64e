// Every error leaves as `{error: {code, message, details?}}` with a sentence.
// Stack traces, Zoom's raw answers and secrets never reach the browser; the
// framework's own refusals (404, 413, 415, bad JSON…) get Switchboard's
// sentences, which repeat nothing from the request.
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error';
import { FASTIFY_ERRORS, REQUEST_ERRORS, requestErrorFor } from '../../http/request-errors';
import { sanitize } from '../../http/sanitize';
import { sendError } from '../../http/send-error';
import { validationMessage } from '../../http/validation-message';
import { ZendeskApiError } from '../../zendesk/zendesk-error';
import { ZoomApiError } from '../../zoom/zoom-error';

function zoomError(err: ZoomApiError, request: FastifyRequest, reply: FastifyReply) {
  const details = { trackingId: err.trackingId };
  // Zoom wrote the message: only its token-free form goes to the log and the browser.
  const said = sanitize(err.message);
  request.log.warn({ zoomError: { kind: err.kind, status: err.status, code: err.code, path: err.path, trackingId: err.trackingId } }, said);
  switch (err.kind) {
    case 'network':
      return sendError(reply, 503, 'zoom_unavailable', 'Zoom could not be reached. Try again in a moment.', details);
    case 'rate_limited':
      return sendError(reply, 429, 'rate_limited', "Zoom's rate limit is used up for now. Try again in a minute.", details);
    case 'auth':
      return sendError(reply, 502, 'zoom_error', 'Switchboard could not sign in to Zoom. An administrator should check the Zoom app credentials.', details);
    case 'scope':
      return sendError(reply, 403, 'zoom_scope_missing', said, { ...details, scopes: err.scopes });
    case 'invalid_response':
      return sendError(reply, 502, 'zoom_error', 'Zoom answered in a shape Switchboard does not understand.', details);
    case 'http':
      if (err.isNotFound) return sendError(reply, 404, 'not_found', 'Zoom has no such item; it may have been deleted.', details);
      return sendError(reply, 502, 'zoom_error', `Zoom refused the request: ${said}`, details);
  }
}

function zendeskError(err: ZendeskApiError, request: FastifyRequest, reply: FastifyReply) {
  const said = sanitize(err.message);
  request.log.warn({ zendeskError: { kind: err.kind, status: err.status, code: err.code } }, said);
  switch (err.kind) {
    case 'network':
      return sendError(reply, 503, 'zendesk_unavailable', 'Zendesk could not be reached. Try again in a moment.');
    case 'rate_limited':
      return sendError(reply, 429, 'rate_limited', "Zendesk's rate limit is used up for now. Try again in a minute.");
    case 'invalid_response':
      return sendError(reply, 502, 'zendesk_error', 'Zendesk answered in a shape Switchboard does not understand.');
    case 'http':
      if (err.isNotFound) return sendError(reply, 404, 'not_found', 'Zendesk has no such item; it may have been deleted.');
      if (err.status === 401 || err.status === 403) {
        return sendError(reply, 502, 'zendesk_error', 'Zendesk did not accept Switchboard’s API token. An administrator should check ZENDESK_EMAIL and ZENDESK_API_TOKEN.');
      }
      return sendError(reply, 502, 'zendesk_error', `Zendesk refused the request: ${said}`);
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
      if (err instanceof AppError) return sendError(reply, err.statusCode, err.code, err.message, err.details);
      if (err instanceof ZoomApiError) return zoomError(err, request, reply);
      if (err instanceof ZendeskApiError) return zendeskError(err, request, reply);
      if (hasZodFastifySchemaValidationErrors(err)) {
        const input = validatedInput(request, err.validationContext);
        const { message, field } = validationMessage(err.validation, err.validationContext, input);
        return sendError(reply, 400, 'bad_request', message, { field });
      }
      const status = err.statusCode ?? 500;
      if (status === 429) return sendError(reply, 429, 'rate_limited', 'Too many requests. Wait a moment and try again.');
      if (status >= 400 && status < 500) {
        // JSON.parse's own message quotes the body, so it is never passed on.
        const known = FASTIFY_ERRORS[err.code] ?? (err instanceof SyntaxError ? REQUEST_ERRORS.invalidJson : requestErrorFor(status));
        return sendError(reply, known.status, known.code, known.message);
      }
      request.log.error({ err }, 'request failed');
      return sendError(reply, 500, 'internal', 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.');
    });
  },
  { name: 'errors' },
);
