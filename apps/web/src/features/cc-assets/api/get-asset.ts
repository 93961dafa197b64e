import { queryOptions, useQuery } from '@tanstack/react-query';
import { assetResponseSchema } from '@switchboard/contract/cc-assets';
import { apiRequest } from '@/lib/api-client';
import { ASSET_LIBRARY_KEY, assetPath } from './asset-paths';

/** One asset with its items per language (each file's URL through the BFF), who uses it, and its version. */
export const getAsset = (id: string, signal?: AbortSignal) => apiRequest(assetPath(id), assetResponseSchema, { signal });

export const assetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...ASSET_LIBRARY_KEY, 'asset', id] as const,
    queryFn: ({ signal }) => getAsset(id, signal),
  });

export function useAsset(id: string) {
  return useQuery(assetQueryOptions(id));
}
