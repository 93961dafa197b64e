// PUT …/ivr, followed live: it asks for `text/event-stream` and reads the
// server-sent events from the fetch body (EventSource cannot PUT or send the
// CSRF header) — `planned`, one `op` per request, `verifying`, then `outcome`,
// the same body the plain JSON PUT answers. A JSON answer (200 or 409 with an
// outcome) is read as before; any other status is an ApiError with the BFF's
// sentence. When the connection breaks before the outcome, or the outcome is
// unreadable, the error says the result is unknown (isOutcomeUnknown): never
// a success.
import { useMutation } from '@tanstack/react-query';
import {
  EVENT_STREAM,
  ivrApplyEventSchemas,
  ivrApplyResponseSchema,
  type IvrApplyEvent,
  type IvrApplyEventName,
  type IvrApplyResponse,
} from '@switchboard/contract/ivr';
import { ApiError, toApiError, writeHeaders } from '@/lib/api-client';
import { readEventStream } from '@/lib/event-stream';
import type { IvrWrite } from './plan-ivr';

/** The events before the outcome: what the page shows while Zoom is written. */
export type ApplyProgressEvent = Extract<IvrApplyEvent, { event: 'planned' | 'op' | 'verifying' }>;

export interface ApplyIvr extends IvrWrite {
  /** Told as each request is planned, answered by Zoom, then while reading back. */
  onProgress?: (event: ApplyProgressEvent) => void;
}

const UNKNOWN = 'outcome_unknown';

const unknownOutcome = (why: string) =>
  new ApiError(
    0,
    UNKNOWN,
    `${why}, so it is not known which changes Zoom kept. Reload the menu to see what Zoom has.`,
  );

/** The write may or may not have happened: only reading Zoom's menu again can tell. */
export function isOutcomeUnknown(err: unknown): err is ApiError {
  return (
    err instanceof ApiError &&
    (err.code === UNKNOWN || err.code === 'network' || err.code === 'bad_response')
  );
}

export async function applyIvr({ autoReceptionistId, body, onProgress }: ApplyIvr) {
  let res: Response;
  try {
    res = await fetch(`/api/auto-receptionists/${encodeURIComponent(autoReceptionistId)}/ivr`, {
      method: 'PUT',
      headers: {
        accept: `${EVENT_STREAM}, application/json;q=0.9`,
        'content-type': 'application/json',
        ...writeHeaders(),
      },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Switchboard’s server could not be reached, so it is not known whether Zoom received the change. Reload the menu to see what Zoom has.',
    );
  }
  if (res.status !== 200 && res.status !== 409) throw await toApiError(res);
  if (res.headers.get('content-type')?.startsWith(EVENT_STREAM) && res.body) {
    return readApplyStream(res.body, onProgress);
  }
  const parsed = ivrApplyResponseSchema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError(
      res.status,
      'bad_response',
      'Switchboard’s server sent an answer this page does not understand, so the outcome is unknown. Reload the menu to see what Zoom has.',
      parsed.error.issues,
    );
  }
  return parsed.data;
}

async function readApplyStream(
  stream: ReadableStream<Uint8Array>,
  onProgress: ApplyIvr['onProgress'],
): Promise<IvrApplyResponse> {
  let outcome: IvrApplyResponse | undefined;
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
      const parsed = ivrApplyEventSchemas[name].safeParse(json);
      if (name === 'outcome') {
        if (parsed.success) outcome = parsed.data as IvrApplyResponse;
        else failure = unknownOutcome('Switchboard’s server sent an outcome this page does not understand');
        return true;
      }
      if (name === 'error') {
        const message = parsed.success ? (parsed.data as { error: { message: string } }).error.message : '';
        failure = message
          ? new ApiError(0, UNKNOWN, message)
          : unknownOutcome('Switchboard’s server stopped before reporting the outcome');
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
  throw (
    failure ??
    unknownOutcome('The connection to Switchboard’s server broke before Zoom’s read-back was reported')
  );
}

export function useApplyIvr() {
  return useMutation({ mutationFn: applyIvr });
}
