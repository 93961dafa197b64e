import { useMutation } from '@tanstack/react-query';
import { jobCreatedSchema } from '@switchboard/contract/jobs';
import { apiRequest } from '@/lib/api-client';

/** A new job for the targets of a finished job that did not land (202 with its id); 409 when the source changed since. */
export const retryJob = (jobId: string) =>
  apiRequest(`/api/jobs/${encodeURIComponent(jobId)}/retry`, jobCreatedSchema, { method: 'POST' });

export function useRetryJob() {
  return useMutation({ mutationFn: retryJob });
}
