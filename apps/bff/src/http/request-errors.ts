// Sentences for requests refused before any route ran (by Node's parser, the
// router or the body parser). None repeats anything from the request — not
// the address, a header or the body — so a probe learns nothing back.
import type { ApiErrorCode } from './app-error';

export interface RequestError {
  status: number;
  code: ApiErrorCode;
  message: string;
}

const BODY_LIMIT_MB = 1;
/** The body limit the app is built with (build-app.ts); the 413 sentence names it. */
export const BODY_LIMIT_BYTES = BODY_LIMIT_MB * 1_048_576;

/** Longer addresses are refused with 414 (Switchboard's own are far shorter). */
export const MAX_URL_LENGTH = 4096;

export const REQUEST_ERRORS = {
  badRequest: { status: 400, code: 'bad_request', message: 'The request could not be understood.' },
  badUrl: { status: 400, code: 'bad_request', message: 'The address is not valid: it has a broken %-escape.' },
  invalidJson: { status: 400, code: 'bad_request', message: 'The request body is not valid JSON.' },
  emptyJson: { status: 400, code: 'bad_request', message: 'The request body is empty; send a JSON object.' },
  contentLength: { status: 400, code: 'bad_request', message: 'The request body length does not match its Content-Length.' },
  notFound: {
    status: 404,
    code: 'not_found',
    message: 'There is no such API route. The routes are described at /api/openapi.json.',
  },
  timeout: { status: 408, code: 'request_timeout', message: 'The request took too long to arrive.' },
  tooLarge: {
    status: 413,
    code: 'payload_too_large',
    message: `The request body is too large: at most ${BODY_LIMIT_MB} MB is accepted.`,
  },
  uriTooLong: { status: 414, code: 'uri_too_long', message: 'The address is too long.' },
  mediaType: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the request body as JSON (Content-Type: application/json).',
  },
  headersTooLarge: { status: 431, code: 'headers_too_large', message: "The request's headers are too large." },
} as const satisfies Record<string, RequestError>;

/** The path exists with other methods; the sentence lists them (the route's, not the request's). */
export const methodNotAllowed = (allowed: readonly string[]): RequestError => ({
  status: 405,
  code: 'method_not_allowed',
  message: `This API route accepts only ${allowed.join(', ')}.`,
});

/** Fastify's own error codes → the sentence Switchboard answers instead. */
export const FASTIFY_ERRORS: Record<string, RequestError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: REQUEST_ERRORS.mediaType,
  FST_ERR_CTP_EMPTY_JSON_BODY: REQUEST_ERRORS.emptyJson,
  FST_ERR_CTP_BODY_TOO_LARGE: REQUEST_ERRORS.tooLarge,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: REQUEST_ERRORS.contentLength,
  FST_ERR_CTP_INVALID_JSON_BODY: REQUEST_ERRORS.invalidJson,
  FST_ERR_BAD_URL: REQUEST_ERRORS.badUrl,
  FST_ERR_MAX_PARAM_LENGTH: REQUEST_ERRORS.uriTooLong,
};

/** Any other 4xx from the framework: a sentence by status. */
export function requestErrorFor(status: number): RequestError {
  const known = Object.values(REQUEST_ERRORS).find((e) => e.status === status);
  return known ?? { ...REQUEST_ERRORS.badRequest, status };
}
