import { queryOptions, useQuery } from '@tanstack/react-query';
import { autoReceptionistListSchema } from '@switchboard/contract/auto-receptionists';
import { apiRequest } from '@/lib/api-client';

/** Every auto receptionist of the account with the sites they belong to (filtered in the browser). */
export const getAutoReceptionists = (signal?: AbortSignal) =>
  apiRequest('/api/auto-receptionists', autoReceptionistListSchema, { signal });

export const autoReceptionistsQueryOptions = () =>
  queryOptions({
    queryKey: ['auto-receptionists'] as const,
    queryFn: ({ signal }) => getAutoReceptionists(signal),
  });

export function useAutoReceptionists() {
  return useQuery(autoReceptionistsQueryOptions());
}
