// Every error the BFF sends: `{error: {code, message, details?}}`, message a sentence.
import { z } from 'zod';

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Stable machine codes; the message carries the words. */
export const API_ERROR_CODES = [
  'bad_request',
  'payload_too_large',
  'unsupported_media_type',
  'uri_too_long',
  'headers_too_large',
  'method_not_allowed',
  'request_timeout',
  'unauthenticated',
  'forbidden',
  'csrf',
  'not_found',
  'conflict',
  'rate_limited',
  'busy',
  'zoom_error',
  'zoom_unavailable',
  'zoom_scope_missing',
  'zendesk_error',
  'zendesk_unavailable',
  'zendesk_not_connected',
  'internal',
] as const;
