import { holidayWriteResultSchema, type HolidayCreateBody } from '@switchboard/contract/holidays';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { holidaysPath } from './holiday-write';

/** POST …/holidays: added in Zoom, its calls routed as the closed hours, read back, verified; the answer names the new id. */
export const addHoliday = (extensionId: string, body: HolidayCreateBody, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({
    method: 'POST',
    path: holidaysPath(extensionId),
    body,
    schema: holidayWriteResultSchema,
    reloadWhat: 'the holidays',
    ...(onProgress ? { onProgress } : {}),
  });
