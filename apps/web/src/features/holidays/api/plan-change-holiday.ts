import type { HolidayUpdateBody } from '@switchboard/contract/holidays';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';
import { holidayPath } from './holiday-write';

/** POST …/holidays/:id/plan: the requests changing it would send. Nothing is written; 409 when it changed since. */
export const planChangeHoliday = (extensionId: string, holidayId: string, body: HolidayUpdateBody) =>
  apiRequest(`${holidayPath(extensionId, holidayId)}/plan`, writePlanSchema, { method: 'POST', body });
