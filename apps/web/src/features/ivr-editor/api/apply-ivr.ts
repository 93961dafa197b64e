// PUT …/ivr answers 200 for every carried-out write (applied, no_change,
// partial, not_persisted) and 409 with the same body shape for a conflict, so
// both are read as an outcome here; anything else is an ApiError with the
// BFF's sentence.
import { useMutation } from '@tanstack/react-query';
import { ivrApplyResponseSchema } from '@switchboard/contract/ivr';
import { CSRF_HEADER } from '@switchboard/contract/session';
import { ApiError, toApiError } from '@/lib/api-client';
import type { IvrWrite } from './plan-ivr';

export interface ApplyIvr extends IvrWrite {
  /** The session's CSRF token (every write carries it). */
  csrfToken: string;
}

export async function applyIvr({ autoReceptionistId, body, csrfToken }: ApplyIvr) {
  let res: Response;
  try {
    res = await fetch(`/api/auto-receptionists/${encodeURIComponent(autoReceptionistId)}/ivr`, {
      method: 'PUT',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        [CSRF_HEADER]: csrfToken,
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

export function useApplyIvr() {
  return useMutation({ mutationFn: applyIvr });
}
