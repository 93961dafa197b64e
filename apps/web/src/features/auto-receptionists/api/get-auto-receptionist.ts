import { queryOptions, useQuery } from '@tanstack/react-query';
import { autoReceptionistDetailSchema } from '@switchboard/contract/auto-receptionists';
import { apiRequest } from '@/lib/api-client';

export const getAutoReceptionist = (id: string, signal?: AbortSignal) =>
  apiRequest(`/api/auto-receptionists/${encodeURIComponent(id)}`, autoReceptionistDetailSchema, { signal });

export const autoReceptionistQueryOptions = (id: string) =>
  queryOptions({
    // Nested under the list key so invalidating the list refreshes details too.
    queryKey: ['auto-receptionists', id] as const,
    queryFn: ({ signal }) => getAutoReceptionist(id, signal),
  });

export function useAutoReceptionist(id: string) {
  return useQuery(autoReceptionistQueryOptions(id));
}
