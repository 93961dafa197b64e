import { queryOptions, useQuery } from '@tanstack/react-query';
import { zendeskIvrListSchema } from '@switchboard/contract/zendesk';
import { apiRequest } from '@/lib/api-client';

/** Zendesk Talk IVRs with their numbers and menus (503 `zendesk_not_connected` without Zendesk). */
export const getZendeskIvrs = (signal?: AbortSignal) => apiRequest('/api/zendesk/ivrs', zendeskIvrListSchema, { signal });

export const zendeskIvrsQueryOptions = () => queryOptions({ queryKey: ['zendesk', 'ivrs'] as const, queryFn: ({ signal }) => getZendeskIvrs(signal) });

export function useZendeskIvrs(enabled = true) {
  return useQuery({ ...zendeskIvrsQueryOptions(), enabled });
}
