import { useMutation } from '@tanstack/react-query';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import type { HoursWrite } from './plan-hours';

/** PUT the hours: written in Zoom's shape, read back and verified; the outcome (409 on a conflict), never a silent success. */
export const applyHours = ({ extensionId, body, onProgress }: HoursWrite & { onProgress?: (e: ApplyProgressEvent) => void }) =>
  sendWrite({
    method: 'PUT',
    path: `/api/extensions/${encodeURIComponent(extensionId)}/hours`,
    body,
    reloadWhat: 'the hours',
    ...(onProgress ? { onProgress } : {}),
  });

export function useApplyHours() {
  return useMutation({ mutationFn: applyHours });
}
