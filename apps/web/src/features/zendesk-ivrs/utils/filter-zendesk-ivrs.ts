import type { ZendeskIvr } from '@switchboard/contract/zendesk';

/** IVRs whose name, menu names or phone number names contain `q` (any case). */
export function filterZendeskIvrs(items: readonly ZendeskIvr[], q: string): ZendeskIvr[] {
  const text = q.trim().toLowerCase();
  if (!text) return [...items];
  return items.filter((i) => [i.name, ...i.menus.map((m) => m.name), ...i.phoneNumbers].some((s) => s.toLowerCase().includes(text)));
}
