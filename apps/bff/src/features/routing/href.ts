// Links to the pages of the web app that show or fix a routing object: the
// only place the BFF knows the SPA's paths (apps/web/src/config/paths.ts).
// Objects without a page of their own (a phone number, an external contact)
// lead to the routing explorer's search for them; Contact Center queues and
// flows to their pages, entry points to the flows list.
import type { HrefHint } from '@switchboard/routing-core/routing/problem-types';
import type { RouteRef } from '@switchboard/routing-core/routing/route-tree';

const enc = encodeURIComponent;

export const routingSearchHref = (q: string) => `/routing?q=${enc(q)}`;

const arMenu = (id: string, menu: string, field?: string) => {
  const part = !field
    ? ''
    : field.startsWith('key:')
      ? `&key=${enc(field.slice(4))}`
      : field === 'noAction'
        ? '&part=no-key'
        : field === 'prompt'
          ? '&part=greeting'
          : '';
  return `/auto-receptionists/${enc(id)}?menu=${enc(menu)}${part}`;
};
const hours = (extensionId: string) => `/extensions/${enc(extensionId)}/hours`;

const CC_PAGE: Record<string, string> = { ccFlow: 'flows', ccQueue: 'queues' };
/** Entry points have no page of their own: the flows list shows which flow each starts. */
const CC_ENTRY_POINTS = '/contact-center/flows';

export function problemHref(h: HrefHint, objectName: string): string {
  if (h.objectType === 'ccEntryPoint') return CC_ENTRY_POINTS;
  if (h.objectType in CC_PAGE) return `/contact-center/${CC_PAGE[h.objectType]}/${enc(h.id)}`;
  if (h.objectType === 'phoneNumber' || h.objectType === 'externalContact') return routingSearchHref(h.objectType === 'phoneNumber' ? h.id : objectName);
  if (h.objectType === 'autoReceptionist' && h.part === 'menu') {
    return arMenu(h.id, h.holidayId ? `holiday:${h.holidayId}` : (h.hours ?? 'business'), h.field);
  }
  if (h.objectType === 'autoReceptionist' && h.part === 'businessRouting') return `/auto-receptionists/${enc(h.id)}`;
  if (h.extensionId && h.objectType !== 'commonArea') return hours(h.extensionId);
  return routingSearchHref(objectName);
}

export function refHref(r: RouteRef | undefined): string | undefined {
  if (!r) return undefined;
  if (r.type === 'ccEntryPoint') return CC_ENTRY_POINTS;
  if (r.type in CC_PAGE) return `/contact-center/${CC_PAGE[r.type]}/${enc(r.id)}`;
  if (r.type === 'autoReceptionist') return r.menu ? arMenu(r.id, r.menu) : `/auto-receptionists/${enc(r.id)}`;
  if (r.extensionId && r.type !== 'commonArea') return hours(r.extensionId);
  return undefined;
}
