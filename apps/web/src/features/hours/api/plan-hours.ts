import { useMutation } from '@tanstack/react-query';
import type { HoursWriteBody } from '@switchboard/contract/hours';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';

export interface HoursWrite {
  extensionId: string;
  body: HoursWriteBody;
}

/** Plan a change of hours or closed-hours routing: the Zoom requests as sentences. Nothing is written; 409 when Zoom changed since. */
export const planHours = ({ extensionId, body }: HoursWrite) =>
  apiRequest(`/api/extensions/${encodeURIComponent(extensionId)}/hours/plan`, writePlanSchema, { method: 'POST', body });

export function usePlanHours() {
  return useMutation({ mutationFn: planHours });
}
