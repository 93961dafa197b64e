import { holidayWriteResultSchema } from '@switchboard/contract/holidays';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { holidayPath } from './holiday-write';

/** DELETE …/holidays/:id?baseVersion=: gone from Zoom with its routing, read back, verified (409 when it changed since). */
export const deleteHoliday = (extensionId: string, holidayId: string, baseVersion: string, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({
    method: 'DELETE',
    path: `${holidayPath(extensionId, holidayId)}?baseVersion=${encodeURIComponent(baseVersion)}`,
    schema: holidayWriteResultSchema,
    reloadWhat: 'the holidays',
    ...(onProgress ? { onProgress } : {}),
  });
