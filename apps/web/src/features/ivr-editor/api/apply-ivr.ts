// PUT …/ivr, followed live through the shared write sender (lib/write/send-write):
// server-sent events when the BFF streams, the JSON outcome otherwise, and
// "unknown" — never a success — when the connection breaks first.
import { useMutation } from '@tanstack/react-query';
import { ivrApplyResponseSchema } from '@switchboard/contract/ivr';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import type { IvrWrite } from './plan-ivr';

export interface ApplyIvr extends IvrWrite {
  /** Told as each request is planned, answered by Zoom, then while reading back. */
  onProgress?: (event: ApplyProgressEvent) => void;
}

export const applyIvr = ({ autoReceptionistId, body, onProgress }: ApplyIvr) =>
  sendWrite({
    method: 'PUT',
    path: `/api/auto-receptionists/${encodeURIComponent(autoReceptionistId)}/ivr`,
    body,
    schema: ivrApplyResponseSchema,
    reloadWhat: 'the menu',
    ...(onProgress ? { onProgress } : {}),
  });

export function useApplyIvr() {
  return useMutation({ mutationFn: applyIvr });
}
