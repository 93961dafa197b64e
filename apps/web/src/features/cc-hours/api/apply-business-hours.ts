import type { BusinessHoursWriteBody } from '@switchboard/contract/cc-hours';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { businessHoursPath } from './hours-paths';

/** PUT /api/cc/business-hours/:id: the week written in Zoom's shape (1 = Monday), read back and verified. */
export const applyBusinessHours = (id: string, body: BusinessHoursWriteBody, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({ method: 'PUT', path: businessHoursPath(id), body, reloadWhat: 'the business hours', ...(onProgress ? { onProgress } : {}) });
