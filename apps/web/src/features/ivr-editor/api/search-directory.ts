import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { directoryListSchema, type DirectoryType } from '@switchboard/contract/directory';
import { apiRequest } from '@/lib/api-client';

export interface DirectorySearch {
  type: DirectoryType;
  q: string;
}

/** Routing targets of one kind whose name, extension or number contains `q`. */
export const searchDirectory = ({ type, q }: DirectorySearch, signal?: AbortSignal) =>
  apiRequest('/api/directory', directoryListSchema, {
    query: { type, q: q.trim() || undefined },
    signal,
  });

export const directorySearchQueryOptions = (search: DirectorySearch) =>
  queryOptions({
    queryKey: ['directory', search.type, search.q.trim().toLowerCase()] as const,
    queryFn: ({ signal }) => searchDirectory(search, signal),
    staleTime: 30_000,
  });

/** Searches only while `enabled` (the picker is open); keeps the last list while the next one loads. */
export function useDirectorySearch(search: DirectorySearch, enabled: boolean) {
  return useQuery({
    ...directorySearchQueryOptions(search),
    enabled,
    placeholderData: keepPreviousData,
  });
}
