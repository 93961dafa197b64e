import { assetWriteResultSchema } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { assetPath } from './asset-paths';

/** DELETE /api/cc/assets/:id?baseVersion=: gone from Zoom, checked by reading it back (409 when it changed since). */
export const deleteAsset = (id: string, baseVersion: string) =>
  sendWrite({ method: 'DELETE', path: `${assetPath(id)}?baseVersion=${encodeURIComponent(baseVersion)}`, schema: assetWriteResultSchema, reloadWhat: 'the asset library' });
