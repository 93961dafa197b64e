import { assetWriteResultSchema, type AssetPatchBody } from '@switchboard/contract/cc-assets';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { assetPath } from './asset-paths';

/** PATCH /api/cc/assets/:id: changed in Zoom, read back, verified (409 when it changed since). */
export const updateAsset = (id: string, body: AssetPatchBody, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({ method: 'PATCH', path: assetPath(id), body, schema: assetWriteResultSchema, reloadWhat: 'the asset', ...(onProgress ? { onProgress } : {}) });
