import type { ZendeskMenuWriteBody } from '@switchboard/contract/zendesk';
import { writePlanSchema } from '@switchboard/contract/write';
import { apiRequest } from '@/lib/api-client';

export interface ZendeskMenuWrite {
  ivrId: string;
  menuId: string;
  body: ZendeskMenuWriteBody;
}

const menuPath = (w: Pick<ZendeskMenuWrite, 'ivrId' | 'menuId'>) =>
  `/api/zendesk/ivrs/${encodeURIComponent(w.ivrId)}/menus/${encodeURIComponent(w.menuId)}`;

/** Plan a Zendesk menu change: the requests in Zendesk's write model, as sentences. Nothing is written; 409 when Zendesk changed since. */
export const planZendeskMenu = (w: ZendeskMenuWrite) => apiRequest(`${menuPath(w)}/plan`, writePlanSchema, { method: 'POST', body: w.body });

export { menuPath as zendeskMenuPath };
