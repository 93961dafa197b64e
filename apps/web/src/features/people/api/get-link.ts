import { queryOptions, useQuery } from '@tanstack/react-query';
import { linkInfoSchema } from '@switchboard/contract/people';
import { apiRequest } from '@/lib/api-client';

export const getLink = (token: string, signal?: AbortSignal) =>
  apiRequest(`/api/links/${encodeURIComponent(token)}`, linkInfoSchema, { signal });

export const linkQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['links', token] as const, queryFn: ({ signal }) => getLink(token, signal), retry: false });

/** Whom a one-time link is for, while it can still be used (no sign-in needed). */
export function useLink(token: string) {
  return useQuery(linkQueryOptions(token));
}
