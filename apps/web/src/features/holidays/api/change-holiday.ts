import { holidayWriteResultSchema, type HolidayUpdateBody } from '@switchboard/contract/holidays';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { holidayPath } from './holiday-write';

/** PUT …/holidays/:id: its name and times changed in Zoom, read back, verified (409 when it changed since). */
export const changeHoliday = (extensionId: string, holidayId: string, body: HolidayUpdateBody, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({
    method: 'PUT',
    path: holidayPath(extensionId, holidayId),
    body,
    schema: holidayWriteResultSchema,
    reloadWhat: 'the holidays',
    ...(onProgress ? { onProgress } : {}),
  });
