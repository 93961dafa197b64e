// One error type for everything that goes wrong talking to Zoom. It carries
// Zoom's tracking id (support asks for it) and never the request's headers.
export type ZoomErrorKind =
  | 'http' // Zoom answered with an error status
  | 'rate_limited' // still 429 after the allowed retries
  | 'network' // no answer: refused, reset, timed out
  | 'invalid_response' // answered, but not in the shape we expect
  | 'auth'; // the OAuth token could not be obtained

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
}

export class ZoomApiError extends Error {
  override name = 'ZoomApiError';
  readonly kind: ZoomErrorKind;
  readonly status: number | undefined;
  readonly code: number | string | undefined;
  readonly trackingId: string | null;
  readonly method: string | undefined;
  readonly path: string | undefined;

  constructor(info: ZoomErrorInfo) {
    super(info.message, info.cause === undefined ? undefined : { cause: info.cause });
    this.kind = info.kind;
    this.status = info.status;
    this.code = info.code;
    this.trackingId = info.trackingId ?? null;
    this.method = info.method;
    this.path = info.path;
  }

  /** Zoom says the thing asked for does not exist (404, or 400/300 "… does not exist"). */
  get isNotFound(): boolean {
    if (this.kind !== 'http') return false;
    if (this.status === 404) return true;
    return this.status === 400 && /does not exist|not found/i.test(this.message);
  }
}
