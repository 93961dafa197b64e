import { queryOptions, useQuery } from '@tanstack/react-query';
import { ccFlowListSchema } from '@switchboard/contract/cc-flows';
import { apiRequest } from '@/lib/api-client';

/** Every Contact Center flow with its entry points (read-only). */
export const getFlows = (signal?: AbortSignal) => apiRequest('/api/cc/flows', ccFlowListSchema, { signal });

export const flowsQueryOptions = () => queryOptions({ queryKey: ['cc', 'flows'] as const, queryFn: ({ signal }) => getFlows(signal) });

export function useFlows() {
  return useQuery(flowsQueryOptions());
}
