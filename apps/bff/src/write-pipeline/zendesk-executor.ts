// Send planned writes through the process's one Zendesk client (Basic token,
// 429 Retry-After honoured, a write never sent twice) and report Zendesk's
// status, request id and answer, and the answers it retried before that one.
import { z } from 'zod';
import { sanitize } from '../http/sanitize';
import type { ZendeskClient } from '../zendesk/client';
import { ZendeskApiError } from '../zendesk/zendesk-error';
import type { ExecuteResult, PlannedWrite } from './types';

const anyAnswer = z.unknown();

export function zendeskExecutor(zendesk: ZendeskClient) {
  return async (op: PlannedWrite): Promise<ExecuteResult> => {
    const answers: (number | null)[] = [];
    const retried = () => (answers.length > 0 ? { retries: answers } : {});
    if (op.request.method === 'PATCH') throw new Error('Zendesk Talk writes are PUT, POST or DELETE.');
    try {
      const res = await zendesk.request({
        method: op.request.method,
        path: op.request.path,
        schema: anyAnswer,
        ...(op.request.body === undefined ? {} : { body: op.request.body }),
        onRetry: (answer) => answers.push(answer),
      });
      return { ok: true, httpStatus: res.status, trackingId: res.requestId, ...retried(), ...(res.data == null ? {} : { answer: res.data }) };
    } catch (err) {
      if (err instanceof ZendeskApiError) {
        return {
          ok: false,
          ...(err.status === undefined ? {} : { httpStatus: err.status }),
          trackingId: null,
          error: sanitize(err.message),
          ...retried(),
          ...(err.outcomeUnknown ? { outcomeUnknown: true } : {}),
        };
      }
      throw err;
    }
  };
}
