import { queryOptions, useQuery } from '@tanstack/react-query';
import { zendeskChoicesSchema } from '@switchboard/contract/zendesk';
import { apiRequest } from '@/lib/api-client';

/** The Zendesk account's groups and greetings: what a menu's keys and greeting may use. */
export const getZendeskChoices = (signal?: AbortSignal) => apiRequest('/api/zendesk/choices', zendeskChoicesSchema, { signal });

export const zendeskChoicesQueryOptions = () =>
  queryOptions({ queryKey: ['zendesk', 'choices'] as const, queryFn: ({ signal }) => getZendeskChoices(signal), staleTime: 30_000 });

export function useZendeskChoices() {
  return useQuery(zendeskChoicesQueryOptions());
}
