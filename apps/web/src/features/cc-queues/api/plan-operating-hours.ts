import type { OperatingHoursWriteBody } from '@switchboard/contract/cc-queues';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';

export const operatingHoursPath = (queueId: string) => `/api/cc/queues/${encodeURIComponent(queueId)}/operating-hours`;

/** POST …/operating-hours/plan: the request giving the queue other business hours or another closure set. Nothing is written. */
export const planOperatingHours = (queueId: string, body: OperatingHoursWriteBody) =>
  apiRequest(`${operatingHoursPath(queueId)}/plan`, writePlanSchema, { method: 'POST', body });
