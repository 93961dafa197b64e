import { assetCategoryWriteResultSchema } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { categoryPath } from './asset-paths';

/** DELETE /api/cc/asset-categories/:id?baseVersion=: gone from Zoom, checked by reading the list back. */
export const deleteCategory = (id: string, baseVersion: string) =>
  sendWrite({
    method: 'DELETE',
    path: `${categoryPath(id)}?baseVersion=${encodeURIComponent(baseVersion)}`,
    schema: assetCategoryWriteResultSchema,
    reloadWhat: 'the categories',
  });
