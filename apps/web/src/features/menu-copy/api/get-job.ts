import { queryOptions, useQuery } from '@tanstack/react-query';
import { copyIvrJobSchema } from '@switchboard/contract/jobs';
import { apiRequest } from '@/lib/api-client';

export const getJob = (id: string, signal?: AbortSignal) =>
  apiRequest(`/api/jobs/${encodeURIComponent(id)}`, copyIvrJobSchema, { signal });

export const jobQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['jobs', id] as const,
    queryFn: ({ signal }) => getJob(id, signal),
  });

/** The job's persisted state; live changes arrive through useJobEvents. */
export function useJob(id: string) {
  return useQuery(jobQueryOptions(id));
}
