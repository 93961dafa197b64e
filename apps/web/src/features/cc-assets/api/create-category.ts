import { assetCategoryWriteResultSchema, type AssetCategoryCreateBody } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { CATEGORIES_PATH } from './asset-paths';

/** POST /api/cc/asset-categories: a new category, read back; the answer names its id. */
export const createCategory = (body: AssetCategoryCreateBody) =>
  sendWrite({ method: 'POST', path: CATEGORIES_PATH, body, schema: assetCategoryWriteResultSchema, reloadWhat: 'the categories' });
