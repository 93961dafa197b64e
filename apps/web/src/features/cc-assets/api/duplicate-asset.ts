import { assetWriteResultSchema, type AssetDuplicateBody } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { assetPath } from './asset-paths';

/** POST /api/cc/assets/:id/duplicate: a copy under a new name, read back; the answer names the copy's id. */
export const duplicateAsset = (id: string, body: AssetDuplicateBody) =>
  sendWrite({ method: 'POST', path: `${assetPath(id)}/duplicate`, body, schema: assetWriteResultSchema, reloadWhat: 'the asset library' });
