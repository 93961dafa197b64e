// Error answers the Zendesk Talk documents do not give, chosen by the
// simulator (docs/decisions/013-zendesk-simulator.md). The documents say only
// that errors are JSON with `error` and `description`, with `details` per field
// on 422, and that the rate limit answers 429 with Retry-After. The
// conformance check of the simulator's own tests accepts these besides the
// documented statuses, and nothing else.
import { ZendeskApiError } from './errors';
import type { Details } from './errors';

export interface DecidedAnswer {
  status: number;
  error: string;
  description: string;
}

export const DECIDED = {
  /** Missing, malformed or not Basic {email}/token:{api_token} credentials; OAuth bearer tokens are not simulated. */
  unauthenticated: { status: 401, error: "Couldn't authenticate you", description: 'Use Basic authentication with {email}/token:{api_token}.' },
  /** An id no record has, or a record under another parent (a route of another menu). */
  notFound: { status: 404, error: 'RecordNotFound', description: 'Not found' },
  /** A path or method no operation has. */
  noEndpoint: { status: 404, error: 'InvalidEndpoint', description: 'Not found' },
  /** A body that is not JSON, or not of content type application/json. */
  badJson: { status: 400, error: 'BadRequest', description: 'The request body is not valid JSON.' },
  /** A write whose body lacks the documented wrapper object ({"ivr_route": {...}}). */
  missingWrapper: { status: 400, error: 'ParameterMissing', description: 'Missing parameter: {0}' },
  /** page / per_page / page[size] not a positive integer, or a cursor from another list. */
  badPage: { status: 400, error: 'InvalidPaginationParameter', description: 'Invalid pagination parameter: {0}' },
  /** The documented 429 with a body in the documented error form. */
  rateLimited: { status: 429, error: 'TooManyRequests', description: 'Rate limit of {0} requests per minute exceeded. Retry after {1} seconds.' },
  /** The documented 422 with the details of each refused field. */
  invalid: { status: 422, error: 'RecordInvalid', description: 'Record validation errors' },
} as const satisfies Record<string, DecidedAnswer>;

export function decidedError(answer: DecidedAnswer, ...values: string[]): ZendeskApiError {
  return new ZendeskApiError(answer.status, answer.error, fill(answer.description, values));
}

export function recordInvalid(details: Details): ZendeskApiError {
  return new ZendeskApiError(DECIDED.invalid.status, DECIDED.invalid.error, DECIDED.invalid.description, details);
}

/** Whether an error answer is one of the above (by status and error name). */
export function isDecidedAnswer(status: number, body: unknown): boolean {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  return Object.values(DECIDED).some((a: DecidedAnswer) => a.status === status && a.error === error);
}

function fill(template: string, values: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (ph, i: string) => values[Number(i)] ?? ph);
}
