import type { ClosureSetWriteBody } from '@switchboard/contract/cc-hours';
import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { closureSetPath } from './hours-paths';

/** PUT /api/cc/closure-sets/:id: the closures written in Zoom's shape, read back and verified. */
export const applyClosureSet = (id: string, body: ClosureSetWriteBody, onProgress?: (e: ApplyProgressEvent) => void) =>
  sendWrite({ method: 'PUT', path: closureSetPath(id), body, reloadWhat: 'the closure set', ...(onProgress ? { onProgress } : {}) });
