import { queryOptions, useQuery } from '@tanstack/react-query';
import { jobListSchema } from '@switchboard/contract/jobs';
import { apiRequest } from '@/lib/api-client';

export const getJobs = (limit: number, signal?: AbortSignal) =>
  apiRequest('/api/jobs', jobListSchema, { query: { limit: String(limit) }, signal });

export const jobsQueryOptions = (limit = 20) =>
  queryOptions({
    // Under 'jobs' with the single job's key: invalidating jobs refreshes both.
    queryKey: ['jobs', { limit }] as const,
    queryFn: ({ signal }) => getJobs(limit, signal),
  });

/** Recent jobs, newest first: the way back to a copy after leaving its page. */
export function useJobs(limit = 20) {
  return useQuery(jobsQueryOptions(limit));
}
