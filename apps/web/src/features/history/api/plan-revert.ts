import { useMutation } from '@tanstack/react-query';
import { revertPlanSchema } from '@switchboard/contract/revert';
import { apiRequest } from '@/lib/api-client';

/** The review of reverting one change: nothing is written (409 with what changed, when it changed since). */
export const planRevert = (auditId: string) =>
  apiRequest(`/api/history/${encodeURIComponent(auditId)}/revert/plan`, revertPlanSchema, { method: 'POST' });

export function usePlanRevert() {
  return useMutation({ mutationFn: planRevert });
}
