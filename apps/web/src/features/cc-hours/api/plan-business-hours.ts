import type { BusinessHoursWriteBody } from '@switchboard/contract/cc-hours';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { businessHoursPath } from './hours-paths';

/** POST /api/cc/business-hours/:id/plan: the requests a change of the week would send. Nothing is written; 409 when Zoom changed since. */
export const planBusinessHours = (id: string, body: BusinessHoursWriteBody) =>
  apiRequest(`${businessHoursPath(id)}/plan`, writePlanSchema, { method: 'POST', body });
