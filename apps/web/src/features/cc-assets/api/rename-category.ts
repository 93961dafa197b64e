import { assetCategoryWriteResultSchema, type AssetCategoryRenameBody } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { categoryPath } from './asset-paths';

/** PATCH /api/cc/asset-categories/:id: renamed, read back (409 when it changed since). */
export const renameCategory = (id: string, body: AssetCategoryRenameBody) =>
  sendWrite({ method: 'PATCH', path: categoryPath(id), body, schema: assetCategoryWriteResultSchema, reloadWhat: 'the categories' });
