// Zoom's call queue detail → the contract's call queue. The only place this
// Zoom shape is turned into what the browser sees.
import type { CallQueue } from '@switchboard/contract/call-queues';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { ZoomCallQueueDetail } from '@switchboard/zoom-schema/phone-call-queues';

/**
 * `directory` holds the account's users and common areas: Zoom's member refs
 * carry no extension number, the directory's items do (matched by id, then by
 * extension id). `id` is the one asked for, should Zoom's answer omit it.
 */
export function callQueue(id: string, q: ZoomCallQueueDetail, directory: readonly DirectoryItem[]): CallQueue {
  const byId = new Map(directory.map((d) => [d.id, d]));
  const byExtension = new Map(directory.flatMap((d) => (d.extensionId ? [[d.extensionId, d] as const] : [])));
  const refs = [...(q.members?.users ?? []), ...(q.members?.common_areas ?? [])];
  const members = refs
    .map((m) => {
      const known = byId.get(m.id) ?? (m.extension_id ? byExtension.get(m.extension_id) : undefined);
      return { id: m.id, name: m.name || known?.name || m.id, extensionNumber: known?.extensionNumber ?? null };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
  return {
    id: q.id || id,
    name: q.name,
    extensionNumber: q.extension_number === undefined ? null : String(q.extension_number),
    members,
  };
}
