import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { holidayPath } from './holiday-write';

/** POST …/holidays/:id/delete/plan: the request deleting it would send. Nothing is written. */
export const planDeleteHoliday = (extensionId: string, holidayId: string, baseVersion: string) =>
  apiRequest(`${holidayPath(extensionId, holidayId)}/delete/plan`, writePlanSchema, { method: 'POST', query: { baseVersion } });
