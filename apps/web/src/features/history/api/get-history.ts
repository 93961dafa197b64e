import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { auditListSchema, type AuditQuery } from '@switchboard/contract/audit';
import { apiRequest } from '@/lib/api-client';

export type HistoryFilters = Pick<AuditQuery, 'target' | 'actor' | 'outcome'>;

export const getHistory = (filters: HistoryFilters & { before?: string }, limit: number, signal?: AbortSignal) =>
  apiRequest('/api/history', auditListSchema, {
    query: { target: filters.target, actor: filters.actor, outcome: filters.outcome, before: filters.before, limit: String(limit) },
    signal,
  });

export const historyQueryOptions = (target?: string, limit = 50) =>
  queryOptions({
    queryKey: ['history', { target: target ?? null, limit }] as const,
    queryFn: ({ signal }) => getHistory({ target }, limit, signal),
    // A change may have just finished (perhaps after its page was left): always read it afresh,
    // and follow a change still in progress until it ends.
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some((e) => !e.finishedAt) ? 2_000 : false),
  });

/** One object's latest changes, newest first. */
export function useHistory(target?: string, limit = 50) {
  return useQuery(historyQueryOptions(target, limit));
}

const PAGE = 30;

export const historyPagesQueryOptions = (filters: HistoryFilters) =>
  infiniteQueryOptions({
    queryKey: ['history', 'pages', filters] as const,
    queryFn: ({ pageParam, signal }) => getHistory({ ...filters, ...(pageParam ? { before: pageParam } : {}) }, PAGE, signal),
    initialPageParam: '',
    // Older entries start before the last one shown; a short page is the end.
    getNextPageParam: (last) => (last.items.length < PAGE ? undefined : last.items.at(-1)?.at),
  });

/** The whole history, filtered, a page at a time. */
export function useHistoryPages(filters: HistoryFilters) {
  return useInfiniteQuery(historyPagesQueryOptions(filters));
}
