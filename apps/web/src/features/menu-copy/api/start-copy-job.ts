import { useMutation } from '@tanstack/react-query';
import type { CopyIvrJobBody } from '@switchboard/contract/ivr-copy';
import { jobCreatedSchema } from '@switchboard/contract/jobs';
import { apiRequest } from '@/lib/api-client';

/** Start the copy as a background job (202 with its id); 409 when the source changed since the preview. */
export const startCopyJob = (body: CopyIvrJobBody) =>
  apiRequest('/api/jobs/copy-ivr', jobCreatedSchema, { method: 'POST', body });

export function useStartCopyJob() {
  return useMutation({ mutationFn: startCopyJob });
}
