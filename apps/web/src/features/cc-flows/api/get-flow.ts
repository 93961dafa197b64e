import { queryOptions, useQuery } from '@tanstack/react-query';
import { ccFlowResponseSchema } from '@switchboard/contract/cc-flows';
import { apiRequest } from '@/lib/api-client';

export const flowPath = (id: string) => `/api/cc/flows/${encodeURIComponent(id)}`;

/** One flow: entry points, versions. */
export const getFlow = (id: string, signal?: AbortSignal) => apiRequest(flowPath(id), ccFlowResponseSchema, { signal });

export const flowQueryOptions = (id: string) => queryOptions({ queryKey: ['cc', 'flows', id] as const, queryFn: ({ signal }) => getFlow(id, signal) });

export function useFlow(id: string) {
  return useQuery(flowQueryOptions(id));
}

/** GET /api/cc/flows/:id/export: the flow as Zoom exports it, served by the BFF as a JSON download. */
export const flowExportHref = (id: string) => `${flowPath(id)}/export`;
