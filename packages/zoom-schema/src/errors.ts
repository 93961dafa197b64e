// Zoom's error body: `{code, message}` (numeric code, human message).
import { z } from 'zod';

export const zoomErrorSchema = z.object({ code: z.union([z.number(), z.string()]), message: z.string() });
export type ZoomError = z.infer<typeof zoomErrorSchema>;

/** Codes Zoom uses that the code must recognise. */
export const ZOOM_ERROR_CODES = {
  invalidAccessToken: 124,
  /** The token lacks the scope an operation needs (answered with HTTP 400). */
  missingScope: 4711,
  validation: 300,
  badRequest: 400,
  notFound: 404,
  rateLimited: 429,
} as const;

/** Header Zoom puts on every response; support asks for it. */
export const ZOOM_TRACKING_HEADER = 'x-zm-trackingid';
