import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { traceResponseSchema } from '@switchboard/contract/routing';
import { apiRequest } from '@/lib/api-client';

export interface TraceInput {
  number: string;
  /** ISO instant with a zone. */
  at: string;
  /** "2,1" */
  keys: string;
}

/** Where a call to `number` goes at `at` after `keys`, step by step. */
export const getRoutingTrace = ({ number, at, keys }: TraceInput, signal?: AbortSignal) =>
  apiRequest('/api/routing/trace', traceResponseSchema, { query: { number, at, keys: keys || undefined }, signal });

export const routingTraceQueryOptions = (input: TraceInput) =>
  queryOptions({
    queryKey: ['routing', 'trace', input] as const,
    queryFn: ({ signal }) => getRoutingTrace(input, signal),
    retry: false,
  });

export function useRoutingTrace(input: TraceInput | null) {
  return useQuery({ ...routingTraceQueryOptions(input ?? { number: '', at: '', keys: '' }), enabled: input !== null, placeholderData: keepPreviousData });
}
