import type { AssetCreateJsonBody } from '@switchboard/contract/cc-assets';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { ASSETS_PATH } from './asset-paths';

/** POST /api/cc/assets/plan: the request creating a text or text-to-speech asset would send. Nothing is written. */
export const planCreateAsset = (body: AssetCreateJsonBody) => apiRequest(`${ASSETS_PATH}/plan`, writePlanSchema, { method: 'POST', body });
