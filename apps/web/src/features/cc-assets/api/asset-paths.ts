// Where the asset library's endpoints live (/api/cc/assets…, /api/cc/asset-categories…).
export const ASSETS_PATH = '/api/cc/assets';
export const assetPath = (id: string) => `${ASSETS_PATH}/${encodeURIComponent(id)}`;
export const CATEGORIES_PATH = '/api/cc/asset-categories';
export const categoryPath = (id: string) => `${CATEGORIES_PATH}/${encodeURIComponent(id)}`;

/** Every asset-library query sits under this key: invalidating it refreshes lists, details and categories. */
export const ASSET_LIBRARY_KEY = ['cc', 'asset-library'] as const;
