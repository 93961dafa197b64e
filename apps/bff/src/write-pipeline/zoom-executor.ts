// Send planned writes through the process's one Zoom client (token, per-label
// rate limiter, retries on 429/5xx) and report Zoom's status and tracking id,
// and the answers it retried before that one.
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import { sanitize } from '../http/sanitize';
import type { ZoomClient } from '../zoom/client';
import { ZoomApiError } from '../zoom/zoom-error';
import type { ExecuteResult, PlannedWrite } from './run-write';

export function zoomExecutor(zoom: ZoomClient, label: RateLimitLabel) {
  return async (op: PlannedWrite): Promise<ExecuteResult> => {
    const answers: (number | null)[] = [];
    const retried = () => (answers.length > 0 ? { retries: answers } : {});
    try {
      const res = await zoom.request({
        method: op.request.method,
        path: op.request.path,
        label,
        schema: null,
        body: op.request.body,
        onRetry: (answer) => answers.push(answer),
      });
      return { ok: true, httpStatus: res.status, trackingId: res.trackingId, ...retried() };
    } catch (err) {
      if (err instanceof ZoomApiError) {
        return {
          ok: false,
          ...(err.status === undefined ? {} : { httpStatus: err.status }),
          trackingId: err.trackingId,
          // Zoom's words go to the browser and the history: never a token or signed link in them.
          error: sanitize(err.message),
          ...retried(),
        };
      }
      throw err;
    }
  };
}
