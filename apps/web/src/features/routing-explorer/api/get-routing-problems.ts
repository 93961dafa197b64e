import { queryOptions, useQuery } from '@tanstack/react-query';
import { problemsResponseSchema } from '@switchboard/contract/routing';
import { apiRequest } from '@/lib/api-client';

/** Everything in the account that loses or may lose calls, errors first; `refresh` rebuilds the snapshot from Zoom. */
export const getRoutingProblems = (refresh: boolean, signal?: AbortSignal) =>
  apiRequest('/api/routing/problems', problemsResponseSchema, { query: { refresh: refresh ? 'true' : undefined }, signal });

export const routingProblemsQueryOptions = () =>
  queryOptions({
    queryKey: ['routing', 'problems'] as const,
    queryFn: ({ signal }) => getRoutingProblems(false, signal),
  });

export function useRoutingProblems() {
  return useQuery(routingProblemsQueryOptions());
}
