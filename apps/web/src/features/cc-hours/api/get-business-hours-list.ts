import { queryOptions, useQuery } from '@tanstack/react-query';
import { businessHoursListSchema } from '@switchboard/contract/cc-hours';
import { apiRequest } from '@/lib/api-client';
import { BUSINESS_HOURS_PATH, CC_HOURS_KEY } from './hours-paths';

/** Every business-hours set: name, zone, whether it is the account's default. */
export const getBusinessHoursList = (signal?: AbortSignal) => apiRequest(BUSINESS_HOURS_PATH, businessHoursListSchema, { signal });

export const businessHoursListQueryOptions = () =>
  queryOptions({ queryKey: [...CC_HOURS_KEY, 'business-hours'] as const, queryFn: ({ signal }) => getBusinessHoursList(signal) });

export function useBusinessHoursList() {
  return useQuery(businessHoursListQueryOptions());
}
