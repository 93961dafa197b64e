import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionListSchema } from '@switchboard/contract/people';
import { apiRequest } from '@/lib/api-client';

export const getSessions = (signal?: AbortSignal) => apiRequest('/api/sessions', sessionListSchema, { signal });

// Under 'people': a change to a person (which ends their sessions) refreshes both.
export const sessionsQueryOptions = () => queryOptions({ queryKey: ['people', 'sessions'] as const, queryFn: ({ signal }) => getSessions(signal) });

/** Open sessions, newest first (admins). */
export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
