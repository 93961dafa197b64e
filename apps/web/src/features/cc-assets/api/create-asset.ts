import { assetWriteResultSchema, type AssetCreateJsonBody, type AssetUploadFields } from '@switchboard/contract/cc-assets';
import { sendWrite } from '@/lib/write/send-write';
import { ASSETS_PATH } from './asset-paths';

/** POST /api/cc/assets as JSON: a text asset or text-to-speech audio, created, read back and verified; the answer names the new id. */
export const createAsset = (body: AssetCreateJsonBody) =>
  sendWrite({ method: 'POST', path: ASSETS_PATH, body, schema: assetWriteResultSchema, reloadWhat: 'the asset library' });

/**
 * POST /api/cc/assets as multipart/form-data: an audio file (mp3 or wav) or an
 * image, streamed through the BFF to Zoom; the BFF judges the file by its bytes
 * and refuses it with a sentence before Zoom is called.
 */
export const uploadAsset = (fields: Partial<AssetUploadFields> & Pick<AssetUploadFields, 'name' | 'type'>, file: File) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') form.set(k, String(v));
  // The file goes last: the BFF has every field before the bytes start.
  form.set('file', file, file.name);
  return sendWrite({ method: 'POST', path: ASSETS_PATH, body: form, schema: assetWriteResultSchema, reloadWhat: 'the asset library' });
};
