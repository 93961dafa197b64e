import { queryOptions, useQuery } from '@tanstack/react-query';
import { personListSchema } from '@switchboard/contract/people';
import { apiRequest } from '@/lib/api-client';

export const getPeople = (signal?: AbortSignal) => apiRequest('/api/users', personListSchema, { signal });

export const peopleQueryOptions = () => queryOptions({ queryKey: ['people'] as const, queryFn: ({ signal }) => getPeople(signal) });

/** Everyone who signs in (admins). */
export function usePeople() {
  return useQuery(peopleQueryOptions());
}
