import type { AssetPatchBody } from '@switchboard/contract/cc-assets';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { assetPath } from './asset-paths';

/** POST /api/cc/assets/:id/plan: the requests a rename, recategorisation or item change would send. Nothing is written. */
export const planUpdateAsset = (id: string, body: AssetPatchBody) => apiRequest(`${assetPath(id)}/plan`, writePlanSchema, { method: 'POST', body });
