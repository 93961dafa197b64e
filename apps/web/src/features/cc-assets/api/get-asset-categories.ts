import { queryOptions, useQuery } from '@tanstack/react-query';
import { assetCategoryListSchema } from '@switchboard/contract/cc-assets';
import { apiRequest } from '@/lib/api-client';
import { ASSET_LIBRARY_KEY, CATEGORIES_PATH } from './asset-paths';

/** The asset library's categories, each with its version. */
export const getAssetCategories = (signal?: AbortSignal) => apiRequest(CATEGORIES_PATH, assetCategoryListSchema, { signal });

export const assetCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: [...ASSET_LIBRARY_KEY, 'categories'] as const,
    queryFn: ({ signal }) => getAssetCategories(signal),
  });

export function useAssetCategories() {
  return useQuery(assetCategoriesQueryOptions());
}
