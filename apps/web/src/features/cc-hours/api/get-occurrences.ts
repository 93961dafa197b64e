import { queryOptions, useQuery } from '@tanstack/react-query';
import { occurrencesResponseSchema, type OccurrencesQuery } from '@switchboard/contract/cc-hours';
import { apiRequest } from '@/lib/api-client';
import { CC_HOURS_KEY } from './hours-paths';

/** Closures expanded (recurrences applied) between two dates, on each closure set's own clock. */
export const getOccurrences = (query: OccurrencesQuery, signal?: AbortSignal) =>
  apiRequest('/api/cc/occurrences', occurrencesResponseSchema, { query: { ...query }, signal });

export const occurrencesQueryOptions = (query: OccurrencesQuery) =>
  queryOptions({ queryKey: [...CC_HOURS_KEY, 'occurrences', query] as const, queryFn: ({ signal }) => getOccurrences(query, signal) });

export function useOccurrences(query: OccurrencesQuery, enabled = true) {
  return useQuery({ ...occurrencesQueryOptions(query), enabled });
}
