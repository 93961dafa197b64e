import { queryOptions, useQuery } from '@tanstack/react-query';
import { closureSetResponseSchema } from '@switchboard/contract/cc-hours';
import { apiRequest } from '@/lib/api-client';
import { CC_HOURS_KEY, closureSetPath } from './hours-paths';

/** One closure set: its closures on the set's wall clock with their recurrences, who uses it, its version. */
export const getClosureSet = (id: string, signal?: AbortSignal) => apiRequest(closureSetPath(id), closureSetResponseSchema, { signal });

export const closureSetQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...CC_HOURS_KEY, 'closure-sets', id] as const, queryFn: ({ signal }) => getClosureSet(id, signal) });

export function useClosureSet(id: string) {
  return useQuery(closureSetQueryOptions(id));
}
