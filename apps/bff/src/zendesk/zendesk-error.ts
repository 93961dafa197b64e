// Everything that goes wrong talking to Zendesk, in one error type. Its
// message says what Zendesk said (`error`, `description`, per-field
// `details`), cleaned of anything token-like; never a header.
import { sanitize } from '../http/sanitize';

export type ZendeskErrorKind = 'http' | 'rate_limited' | 'network' | 'invalid_response';

export class ZendeskApiError extends Error {
  override name = 'ZendeskApiError';
  readonly kind: ZendeskErrorKind;
  readonly status: number | undefined;
  /** Zendesk's `error` word (RecordNotFound, RecordInvalid…). */
  readonly code: string | undefined;
  /** No answer to a write that was not sent again: Zendesk may or may not have acted on it. */
  readonly outcomeUnknown: boolean;

  constructor(info: { kind: ZendeskErrorKind; message: string; status?: number; code?: string; outcomeUnknown?: boolean; cause?: unknown }) {
    super(sanitize(info.message), info.cause === undefined ? undefined : { cause: info.cause });
    this.kind = info.kind;
    this.status = info.status;
    this.code = info.code;
    this.outcomeUnknown = info.outcomeUnknown ?? false;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }
}

/** Zendesk's error body in one sentence: "RecordInvalid: Record validation errors (options: …)". */
export function zendeskErrorWords(status: number, body: unknown): { code: string | undefined; message: string } {
  const b = (body && typeof body === 'object' ? body : {}) as { error?: unknown; description?: unknown; details?: unknown };
  const code = typeof b.error === 'string' ? b.error : undefined;
  const description = typeof b.description === 'string' ? b.description : undefined;
  const details: string[] = [];
  if (b.details && typeof b.details === 'object') {
    for (const [field, list] of Object.entries(b.details as Record<string, unknown>)) {
      for (const d of Array.isArray(list) ? list : []) {
        const words = (d as { description?: unknown }).description;
        if (typeof words === 'string') details.push(`${field}: ${words}`);
      }
    }
  }
  const said = [code, description].filter(Boolean).join(': ') || `HTTP ${status}`;
  return { code, message: `Zendesk answered ${status} (${said}${details.length ? `; ${details.join('; ')}` : ''}).` };
}
