// Send planned writes through the process's one Zoom client (token, per-label
// rate limiter, retries on 429/5xx — none after no answer for a POST) and
// report Zoom's status, tracking id and answer body, and the answers it
// retried before that one. Each op is paced by its own label (the default
// only for ops that name none).
import { z } from 'zod';
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import { sanitize } from '../http/sanitize';
import type { ZoomClient, ZoomResult } from '../zoom/client';
import { ZoomApiError } from '../zoom/zoom-error';
import type { ExecuteResult, PlannedWrite } from './types';

/** Any answer body (a POST's `{holiday_id}`, nothing for a 204): features read what they need from it. */
const anyAnswer = z.unknown();

/** How an op is sent: by default its request as JSON; an upload streams its file instead. */
export type OpSender = (op: PlannedWrite, onRetry: (answer: number | null) => void) => Promise<ZoomResult<unknown>>;

export function zoomExecutor(zoom: ZoomClient, defaultLabel: RateLimitLabel, send?: OpSender) {
  const json: OpSender = (op, onRetry) =>
    zoom.request({
      method: op.request.method,
      path: op.request.path,
      label: op.label ?? defaultLabel,
      schema: anyAnswer,
      ...(op.request.body === undefined ? {} : { body: op.request.body }),
      onRetry,
    });
  return async (op: PlannedWrite): Promise<ExecuteResult> => {
    const answers: (number | null)[] = [];
    const retried = () => (answers.length > 0 ? { retries: answers } : {});
    try {
      const res = await (send ?? json)(op, (answer) => answers.push(answer));
      return { ok: true, httpStatus: res.status, trackingId: res.trackingId, ...retried(), ...(res.data == null ? {} : { answer: res.data }) };
    } catch (err) {
      if (err instanceof ZoomApiError) {
        return {
          ok: false,
          ...(err.status === undefined ? {} : { httpStatus: err.status }),
          trackingId: err.trackingId,
          // Zoom's words go to the browser and the history: never a token or signed link in them.
          error: sanitize(err.message),
          ...retried(),
          ...(err.outcomeUnknown ? { outcomeUnknown: true } : {}),
        };
      }
      throw err;
    }
  };
}
