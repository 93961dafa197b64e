import { queryOptions, useQuery } from '@tanstack/react-query';
import { zendeskIvrSchema } from '@switchboard/contract/zendesk';
import { apiRequest } from '@/lib/api-client';

/** One Zendesk Talk IVR: its numbers and menus. */
export const getZendeskIvr = (ivrId: string, signal?: AbortSignal) =>
  apiRequest(`/api/zendesk/ivrs/${encodeURIComponent(ivrId)}`, zendeskIvrSchema, { signal });

export const zendeskIvrQueryOptions = (ivrId: string) =>
  queryOptions({ queryKey: ['zendesk', 'ivrs', ivrId] as const, queryFn: ({ signal }) => getZendeskIvr(ivrId, signal) });

export function useZendeskIvr(ivrId: string) {
  return useQuery(zendeskIvrQueryOptions(ivrId));
}
