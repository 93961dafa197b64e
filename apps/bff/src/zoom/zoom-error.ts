// One error type for everything that goes wrong talking to Zoom. It carries
// Zoom's tracking id (support asks for it) and never the request's headers,
// nor a token or signed link Zoom's message may have quoted (http/sanitize.ts).
import { meansNotFound } from '@switchboard/zoom-schema/operations';
import type { ZoomOperation } from '@switchboard/zoom-schema/operations';
import { sanitize } from '../http/sanitize';

export type ZoomErrorKind =
  | 'http' // Zoom answered with an error status
  | 'rate_limited' // still 429 after the allowed retries
  | 'network' // no answer: refused, reset, timed out
  | 'invalid_response' // answered, but not in the shape we expect
  | 'auth' // the OAuth token could not be obtained
  | 'scope'; // the token lacks a scope the operation needs (Zoom code 4711)

export interface ZoomErrorInfo {
  kind: ZoomErrorKind;
  message: string;
  status?: number;
  /** Zoom's numeric error code (e.g. 124, 300, 1001). */
  code?: number | string;
  trackingId?: string | null;
  method?: string;
  path?: string;
  cause?: unknown;
  /** kind 'scope': the scopes Zoom said the token lacks. */
  scopes?: string[];
  /** No answer (or a 5xx) to a call that was not sent again: Zoom may or may not have acted on it. */
  outcomeUnknown?: boolean;
}

export class ZoomApiError extends Error {
  override name = 'ZoomApiError';
  readonly kind: ZoomErrorKind;
  readonly status: number | undefined;
  readonly code: number | string | undefined;
  readonly trackingId: string | null;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly scopes: string[];
  /** Zoom may or may not have acted on the request (no answer, or a 5xx to a POST not sent again). */
  outcomeUnknown: boolean;

  constructor(info: ZoomErrorInfo) {
    // The message often quotes Zoom, and travels far (history, jobs, logs with
    // the stack, which repeats it): cleaned of anything token-like from the start.
    super(sanitize(info.message), info.cause === undefined ? undefined : { cause: info.cause });
    this.kind = info.kind;
    this.status = info.status;
    this.code = info.code;
    this.trackingId = info.trackingId ?? null;
    this.method = info.method;
    this.path = info.path;
    this.scopes = info.scopes ?? [];
    this.outcomeUnknown = info.outcomeUnknown ?? false;
  }

  /** Zoom says the thing asked for does not exist (404, or 400/300 "… does not exist"). */
  get isNotFound(): boolean {
    if (this.kind !== 'http') return false;
    if (this.status === 404) return true;
    return this.status === 400 && /does not exist|not found/i.test(this.message);
  }
}

/**
 * Zoom says the object an operation addresses does not exist: by the answer
 * that operation documents for it (e.g. "Validation Failed." for an unknown
 * auto receptionist), or by a plain 404 or "does not exist" message.
 */
export function isNotFoundFor(op: ZoomOperation, err: unknown): err is ZoomApiError {
  return err instanceof ZoomApiError && (err.isNotFound || (err.kind === 'http' && meansNotFound(op, err.status, err.code, err.message)));
}
