import { useMutation } from '@tanstack/react-query';
import { jobRevertPlanSchema } from '@switchboard/contract/revert';
import { apiRequest } from '@/lib/api-client';

/** The review of reverting every target a job changed; nothing is written. */
export const planJobRevert = (jobId: string) =>
  apiRequest(`/api/jobs/${encodeURIComponent(jobId)}/revert/plan`, jobRevertPlanSchema, { method: 'POST' });

export function usePlanJobRevert() {
  return useMutation({ mutationFn: planJobRevert });
}
