import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setupSchema } from '@switchboard/contract/setup';
import { apiRequest } from '@/lib/api-client';

export const getSetup = (recheck: boolean, signal?: AbortSignal) =>
  apiRequest('/api/setup', setupSchema, { query: recheck ? { recheck: 'true' } : undefined, signal });

export const setupQueryOptions = () =>
  queryOptions({
    queryKey: ['setup'] as const,
    queryFn: ({ signal }) => getSetup(false, signal),
    // The scopes change only when an admin edits the Zoom app; "Check again" asks Zoom for a new token.
    staleTime: 5 * 60_000,
  });

/** How Switchboard is connected to Zoom and the scopes its app lacks (admins only). */
export function useSetup(enabled = true) {
  return useQuery({ ...setupQueryOptions(), enabled });
}

/** Read the scopes from a new Zoom token (after the app was changed in the Marketplace). */
export function useRecheckSetup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => getSetup(true),
    onSuccess: (data) => client.setQueryData(setupQueryOptions().queryKey, data),
  });
}
