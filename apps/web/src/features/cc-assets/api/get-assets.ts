import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { assetListSchema, type AssetListQuery } from '@switchboard/contract/cc-assets';
import { apiRequest } from '@/lib/api-client';
import { ASSETS_PATH, ASSET_LIBRARY_KEY } from './asset-paths';

export type AssetFilters = Omit<AssetListQuery, 'pageToken'>;

/** One page of the asset library (search and filters applied by Zoom's side), and the token of the next. */
export const getAssets = (filters: AssetFilters, pageToken: string | undefined, signal?: AbortSignal) =>
  apiRequest(ASSETS_PATH, assetListSchema, { query: { ...filters, pageToken }, signal });

export const assetsQueryOptions = (filters: AssetFilters) =>
  infiniteQueryOptions({
    queryKey: [...ASSET_LIBRARY_KEY, 'list', filters] as const,
    queryFn: ({ pageParam, signal }) => getAssets(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    // Zoom's next_page_token, followed page after page; null on the last.
    getNextPageParam: (last) => last.nextPageToken ?? undefined,
  });

export function useAssets(filters: AssetFilters) {
  return useInfiniteQuery(assetsQueryOptions(filters));
}
