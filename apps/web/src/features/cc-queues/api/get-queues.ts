import { queryOptions, useQuery } from '@tanstack/react-query';
import { ccQueueListSchema } from '@switchboard/contract/cc-queues';
import { apiRequest } from '@/lib/api-client';

export const CC_QUEUES_KEY = ['cc', 'queues'] as const;

/** Every Contact Center queue with its business hours and closure set (names from Zoom) and the version of its operating hours. */
export const getQueues = (signal?: AbortSignal) => apiRequest('/api/cc/queues', ccQueueListSchema, { signal });

export const queuesQueryOptions = () => queryOptions({ queryKey: CC_QUEUES_KEY, queryFn: ({ signal }) => getQueues(signal) });

export function useQueues() {
  return useQuery(queuesQueryOptions());
}
