import { queryOptions, useQuery } from '@tanstack/react-query';
import { statusResponseSchema } from '@switchboard/contract/hours';
import { apiRequest } from '@/lib/api-client';

/** Open, closed or a holiday at `at` (an ISO instant), why, and until when. */
export const getStatus = (extensionId: string, at: string, signal?: AbortSignal) =>
  apiRequest(`/api/extensions/${encodeURIComponent(extensionId)}/status`, statusResponseSchema, { query: { at }, signal });

export const statusQueryOptions = (extensionId: string, now: () => Date = () => new Date()) =>
  queryOptions({
    // "Now" is asked when the query runs: the key stays the same and the answer is refreshed every minute.
    queryKey: ['extensions', extensionId, 'status'] as const,
    queryFn: ({ signal }) => getStatus(extensionId, now().toISOString(), signal),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });

/** "Open now?" for the extension, kept current while the page is open. */
export function useStatus(extensionId: string) {
  return useQuery(statusQueryOptions(extensionId));
}
