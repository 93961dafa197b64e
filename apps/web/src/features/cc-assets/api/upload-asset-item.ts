import { assetWriteResultSchema, type AssetItemUploadFields } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { assetPath } from './asset-paths';

/** POST /api/cc/assets/:id/items (multipart): a file in a language, replacing that language's file or adding an item. */
export const uploadAssetItem = (id: string, fields: AssetItemUploadFields, file: File) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) form.set(k, String(v));
  form.set('file', file, file.name);
  return sendWrite({ method: 'POST', path: `${assetPath(id)}/items`, body: form, schema: assetWriteResultSchema, reloadWhat: 'the asset' });
};
