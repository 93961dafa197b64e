import { queryOptions, useQuery } from '@tanstack/react-query';
import { callQueueSchema } from '@switchboard/contract/call-queues';
import { apiRequest } from '@/lib/api-client';

export const getCallQueue = (id: string, signal?: AbortSignal) =>
  apiRequest(`/api/call-queues/${encodeURIComponent(id)}`, callQueueSchema, { signal });

export const callQueueQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['call-queues', id] as const,
    queryFn: ({ signal }) => getCallQueue(id, signal),
  });

export function useCallQueue(id: string) {
  return useQuery(callQueueQueryOptions(id));
}
