import type { OperatingHoursWriteBody } from '@switchboard/contract/cc-queues';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { operatingHoursPath } from './plan-operating-hours';

/** PUT …/operating-hours: written to Zoom, read back and verified — a change Zoom drops is `not_persisted`. */
export const applyOperatingHours = (queueId: string, body: OperatingHoursWriteBody, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({ method: 'PUT', path: operatingHoursPath(queueId), body, reloadWhat: 'the queue', ...(onProgress ? { onProgress } : {}) });
