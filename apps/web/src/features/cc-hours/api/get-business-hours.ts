import { queryOptions, useQuery } from '@tanstack/react-query';
import { businessHoursResponseSchema } from '@switchboard/contract/cc-hours';
import { apiRequest } from '@/lib/api-client';
import { CC_HOURS_KEY, businessHoursPath } from './hours-paths';

/** One business-hours set: its week (several ranges a day) in its zone, who uses it, its version. */
export const getBusinessHours = (id: string, signal?: AbortSignal) => apiRequest(businessHoursPath(id), businessHoursResponseSchema, { signal });

export const businessHoursQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...CC_HOURS_KEY, 'business-hours', id] as const, queryFn: ({ signal }) => getBusinessHours(id, signal) });

export function useBusinessHours(id: string, enabled = true) {
  return useQuery({ ...businessHoursQueryOptions(id), enabled: enabled && id !== '' });
}
