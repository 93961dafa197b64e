// Sending a planned write (PUT …/ivr, PUT …/hours, POST …/holidays, PATCH …,
// DELETE …, a multipart upload) and reading its outcome. It asks for `text/event-stream` and, when the
// server streams, reads the events from the fetch body (EventSource cannot
// PUT or send the CSRF header) — `planned`, one `op` per request,
// `verifying`, then `outcome`, the same body the plain JSON answer carries. A
// JSON answer (200 or 409 with an outcome) is read as it is; any other status
// is an ApiError with the BFF's sentence. When the connection breaks before
// the outcome, or the outcome is unreadable, the error says the result is
// unknown (isOutcomeUnknown): never a success.
import type { z } from 'zod';
import { EVENT_STREAM, ivrApplyEventSchemas, type IvrApplyEvent, type IvrApplyEventName } from '@switchboard/contract/ivr';
import { writeResultSchema, type WriteResult } from '@switchboard/contract/write';
import { ApiError, toApiError, writeHeaders } from '../api-client';
import { readEventStream } from '../event-stream';

/** The events before the outcome: what the page shows while Zoom is written. */
export type ApplyProgressEvent = Extract<IvrApplyEvent, { event: 'planned' | 'op' | 'verifying' }>;

export interface SendWrite<S extends z.ZodType<WriteResult>> {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** JSON, or a FormData sent as multipart/form-data (the browser sets its boundary). */
  body?: unknown;
  /** The outcome body (the write outcome, or one that extends it). */
  schema?: S;
  /** What to reload to learn what Zoom has, in words ("the menu", "the hours"). */
  reloadWhat?: string;
  /** Told as each request is planned, answered by Zoom, then while reading back (only when the server streams). */
  onProgress?: (event: ApplyProgressEvent) => void;
}

const UNKNOWN = 'outcome_unknown';

const unknownOutcome = (why: string, what: string) =>
  new ApiError(0, UNKNOWN, `${why}, so it is not known which changes Zoom kept. Reload ${what} to see what Zoom has.`);

/** The write may or may not have happened: only reading Zoom again can tell. */
export function isOutcomeUnknown(err: unknown): err is ApiError {
  return err instanceof ApiError && (err.code === UNKNOWN || err.code === 'network' || err.code === 'bad_response');
}

export async function sendWrite<S extends z.ZodType<WriteResult> = typeof writeResultSchema>({
  method,
  path,
  body,
  schema,
  reloadWhat = 'the page',
  onProgress,
}: SendWrite<S>): Promise<z.infer<S>> {
  const outcomeSchema = (schema ?? writeResultSchema) as S;
  const multipart = typeof FormData !== 'undefined' && body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        accept: `${EVENT_STREAM}, application/json;q=0.9`,
        ...(body === undefined || multipart ? {} : { 'content-type': 'application/json' }),
        ...writeHeaders(),
      },
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: multipart ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      `Switchboard’s server could not be reached, so it is not known whether Zoom received the change. Reload ${reloadWhat} to see what Zoom has.`,
    );
  }
  if (res.status !== 200 && res.status !== 409) throw await toApiError(res);
  if (res.headers.get('content-type')?.startsWith(EVENT_STREAM) && res.body) {
    return readWriteStream(res.body, outcomeSchema, reloadWhat, onProgress);
  }
  const parsed = outcomeSchema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      'bad_response',
      `Switchboard’s server sent an answer this page does not understand, so the outcome is unknown. Reload ${reloadWhat} to see what Zoom has.`,
      parsed.error.issues,
    );
  }
  return parsed.data;
}

async function readWriteStream<S extends z.ZodType<WriteResult>>(
  stream: ReadableStream<Uint8Array>,
  schema: S,
  what: string,
  onProgress: SendWrite<S>['onProgress'],
): Promise<z.infer<S>> {
  let outcome: z.infer<S> | undefined;
  let failure: ApiError | undefined;
  try {
    await readEventStream(stream, ({ event, data }) => {
      if (!Object.hasOwn(ivrApplyEventSchemas, event)) return;
      const name = event as IvrApplyEventName;
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        json = undefined;
      }
      if (name === 'outcome') {
        const parsed = schema.safeParse(json);
        if (parsed.success) outcome = parsed.data;
        else failure = unknownOutcome('Switchboard’s server sent an outcome this page does not understand', what);
        return true;
      }
      const parsed = ivrApplyEventSchemas[name].safeParse(json);
      if (name === 'error') {
        const message = parsed.success ? (parsed.data as { error: { message: string } }).error.message : '';
        failure = message ? new ApiError(0, UNKNOWN, message) : unknownOutcome('Switchboard’s server stopped before reporting the outcome', what);
        return true;
      }
      // A progress event that does not parse is skipped: the outcome carries the truth.
      if (parsed.success) onProgress?.({ event: name, data: parsed.data } as ApplyProgressEvent);
      return false;
    });
  } catch {
    // the connection broke: handled below
  }
  if (outcome) return outcome;
  throw failure ?? unknownOutcome('The connection to Switchboard’s server broke before Zoom’s read-back was reported', what);
}
