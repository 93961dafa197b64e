// Writes are never queued behind a crowd of reads: Zoom calls made on behalf
// of a person's write (its review, reads, requests and read-back, and the
// directory lookups its plan needs) wait in the limiter's write queue, which
// is served first; page loads come next; background jobs (bulk copies) last,
// so a long job neither starves the pages nor an editor's apply. The priority
// travels with the async context, so the services in between need not pass it
// along.
import { AsyncLocalStorage } from 'node:async_hooks';

export type ZoomPriority = 'write' | 'read' | 'bulk';

const current = new AsyncLocalStorage<ZoomPriority>();

/** Run `fn` with every Zoom call inside it at this priority. */
export function withZoomPriority<T>(priority: ZoomPriority, fn: () => Promise<T>): Promise<T> {
  return current.run(priority, fn);
}

export const zoomPriority = (): ZoomPriority => current.getStore() ?? 'read';
