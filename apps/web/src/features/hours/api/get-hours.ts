import { queryOptions, useQuery } from '@tanstack/react-query';
import { hoursResponseSchema } from '@switchboard/contract/hours';
import { apiRequest } from '@/lib/api-client';

/** An extension's week, where calls go when it is closed, and the version a change starts from. */
export const getHours = (extensionId: string, signal?: AbortSignal) =>
  apiRequest(`/api/extensions/${encodeURIComponent(extensionId)}/hours`, hoursResponseSchema, { signal });

export const hoursQueryOptions = (extensionId: string) =>
  queryOptions({
    // Under the extension's key (['extensions', id]): invalidating it refreshes its hours, status and holidays.
    queryKey: ['extensions', extensionId, 'hours'] as const,
    queryFn: ({ signal }) => getHours(extensionId, signal),
  });

export function useHours(extensionId: string) {
  return useQuery(hoursQueryOptions(extensionId));
}
