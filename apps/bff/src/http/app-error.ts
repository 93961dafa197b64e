// Errors the BFF means to send: a status, a stable code from the contract and
// a sentence a person understands. Anything else becomes a generic 500.
import type { API_ERROR_CODES } from '@switchboard/contract/errors';

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new AppError(404, 'not_found', message);
export const badRequest = (message: string, details?: unknown) => new AppError(400, 'bad_request', message, details);
