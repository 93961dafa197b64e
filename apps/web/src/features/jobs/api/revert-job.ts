import { useMutation, useQueryClient } from '@tanstack/react-query';
import { jobRevertResultSchema } from '@switchboard/contract/revert';
import { apiRequest } from '@/lib/api-client';

/** Revert every target a job changed, each through its own write; each target's outcome comes back. */
export const revertJob = (jobId: string) =>
  apiRequest(`/api/jobs/${encodeURIComponent(jobId)}/revert`, jobRevertResultSchema, { method: 'POST' });

export function useRevertJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revertJob,
    // every target changed again: its pages, the history and the calendar read afresh
    onSettled: () => queryClient.invalidateQueries(),
  });
}
