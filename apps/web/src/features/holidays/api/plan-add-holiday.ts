import type { HolidayCreateBody } from '@switchboard/contract/holidays';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { holidaysPath } from './holiday-write';

/** POST …/holidays/plan: the requests adding it would send, in words. Nothing is written. */
export const planAddHoliday = (extensionId: string, body: HolidayCreateBody) =>
  apiRequest(`${holidaysPath(extensionId)}/plan`, writePlanSchema, { method: 'POST', body });
