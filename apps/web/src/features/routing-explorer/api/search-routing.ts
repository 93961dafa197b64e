import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { routingSearchResponseSchema } from '@switchboard/contract/routing';
import { apiRequest } from '@/lib/api-client';

/** Entry points matching a phone number (any format), an extension number or a name, with their route trees. */
export const searchRouting = (q: string, signal?: AbortSignal) => apiRequest('/api/routing/search', routingSearchResponseSchema, { query: { q }, signal });

export const routingSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['routing', 'search', q] as const,
    queryFn: ({ signal }) => searchRouting(q, signal),
  });

export function useRoutingSearch(q: string) {
  return useQuery({ ...routingSearchQueryOptions(q), enabled: q.trim().length > 0, placeholderData: keepPreviousData });
}
