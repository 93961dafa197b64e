import { queryOptions, useQuery } from '@tanstack/react-query';
import { closureSetListSchema } from '@switchboard/contract/cc-hours';
import { apiRequest } from '@/lib/api-client';
import { CC_HOURS_KEY, CLOSURE_SETS_PATH } from './hours-paths';

/** Every closure set: name, zone, how many closures, whether it is the account's default. */
export const getClosureSets = (signal?: AbortSignal) => apiRequest(CLOSURE_SETS_PATH, closureSetListSchema, { signal });

export const closureSetsQueryOptions = () =>
  queryOptions({ queryKey: [...CC_HOURS_KEY, 'closure-sets'] as const, queryFn: ({ signal }) => getClosureSets(signal) });

export function useClosureSets() {
  return useQuery(closureSetsQueryOptions());
}
