// Zoom Server-to-Server OAuth: POST /oauth/token?grant_type=account_credentials&account_id=…
// with `Authorization: Basic base64(client_id:client_secret)`.
import { z } from 'zod';

export const zoomTokenQuerySchema = z.object({
  grant_type: z.literal('account_credentials'),
  account_id: z.string().min(1),
});
export type ZoomTokenQuery = z.infer<typeof zoomTokenQuerySchema>;

export const zoomTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
  scope: z.string().optional().default(''),
  api_url: z.string().optional(),
});
export type ZoomTokenResponse = z.infer<typeof zoomTokenResponseSchema>;

/** OAuth endpoints answer errors as `{reason, error}`, unlike the REST API's `{code, message}`. */
export const zoomOAuthErrorSchema = z.object({ reason: z.string(), error: z.string() });
export type ZoomOAuthError = z.infer<typeof zoomOAuthErrorSchema>;
