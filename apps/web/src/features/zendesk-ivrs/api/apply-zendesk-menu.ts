import { sendWrite, type ApplyProgressEvent } from '@/lib/write/send-write';
import { zendeskMenuPath, type ZendeskMenuWrite } from './plan-zendesk-menu';

/** PUT the menu: written in Zendesk's write model, read back and verified; the outcome (409 on a conflict), never a silent success. */
export const applyZendeskMenu = ({ onProgress, ...w }: ZendeskMenuWrite & { onProgress?: (e: ApplyProgressEvent) => void }) =>
  sendWrite({ method: 'PUT', path: zendeskMenuPath(w), body: w.body, reloadWhat: 'the menu', ...(onProgress ? { onProgress } : {}) });
