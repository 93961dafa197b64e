import type { ClosureSetWriteBody } from '@switchboard/contract/cc-hours';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { closureSetPath } from './hours-paths';

/** POST /api/cc/closure-sets/:id/plan: the requests adding, changing and deleting closures would send. Nothing is written. */
export const planClosureSet = (id: string, body: ClosureSetWriteBody) => apiRequest(`${closureSetPath(id)}/plan`, writePlanSchema, { method: 'POST', body });
