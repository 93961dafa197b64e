import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditListSchema } from '@switchboard/contract/audit';
import { apiRequest } from '@/lib/api-client';

export const getHistory = (target: string | undefined, limit: number, signal?: AbortSignal) =>
  apiRequest('/api/audit', auditListSchema, { query: { target, limit: String(limit) }, signal });

export const historyQueryOptions = (target?: string, limit = 50) =>
  queryOptions({
    queryKey: ['history', { target: target ?? null, limit }] as const,
    queryFn: ({ signal }) => getHistory(target, limit, signal),
  });

/** The change history, newest first; for one object when `target` is given. */
export function useHistory(target?: string, limit = 50) {
  return useQuery(historyQueryOptions(target, limit));
}
