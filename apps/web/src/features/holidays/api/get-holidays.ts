import { queryOptions, useQuery } from '@tanstack/react-query';
import { holidayListSchema } from '@switchboard/contract/holidays';
import { apiRequest } from '@/lib/api-client';

/** An extension's holidays on the wall clock of its zone, each with its routing and version. */
export const getHolidays = (extensionId: string, signal?: AbortSignal) =>
  apiRequest(`/api/extensions/${encodeURIComponent(extensionId)}/holidays`, holidayListSchema, { signal });

export const holidaysQueryOptions = (extensionId: string) =>
  queryOptions({
    // Under the extension's key (['extensions', id]), beside its hours and status.
    queryKey: ['extensions', extensionId, 'holidays'] as const,
    queryFn: ({ signal }) => getHolidays(extensionId, signal),
  });

export function useHolidays(extensionId: string) {
  return useQuery(holidaysQueryOptions(extensionId));
}
