import { queryOptions, useQuery } from '@tanstack/react-query';
import { healthSchema } from '@switchboard/contract/health';
import { apiRequest } from '@/lib/api-client';

export const getHealth = (signal?: AbortSignal) => apiRequest('/api/health', healthSchema, { signal });

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'] as const,
    queryFn: ({ signal }) => getHealth(signal),
    // The mode (demo or real Zoom) is fixed for the life of the server process.
    staleTime: Infinity,
  });

export function useHealth() {
  return useQuery(healthQueryOptions());
}
