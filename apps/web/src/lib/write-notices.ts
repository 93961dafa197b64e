// Writes that outlive the page that started them. When a person leaves a
// page while its change is still being applied, the outcome follows them: the
// write is tracked here (not in the page's state), and the app shell shows a
// notice with a link when Zoom's answer comes. Nothing is ever cancelled by
// leaving — the server carries the write through either way.
import { useSyncExternalStore } from 'react';

export interface WriteNotice {
  id: string;
  /** What is being changed, in words ("Main Line – San Francisco, business hours menu"). */
  subject: string;
  /** Where the object is shown. */
  href: string;
  state: 'running' | 'done' | 'failed';
  /** When done: the outcome in words; when failed: why the outcome is unknown. */
  result?: { outcome: string; words: string; good: boolean };
  /** Whether the page that started it is still open (then the page itself shows the outcome). */
  watched: boolean;
}

type Listener = () => void;
let notices: WriteNotice[] = [];
const listeners = new Set<Listener>();
const emit = () => {
  notices = [...notices];
  for (const l of listeners) l();
};

export function trackWrite<T>(
  notice: Omit<WriteNotice, 'state' | 'result' | 'watched'>,
  run: Promise<T>,
  describe: (value: T) => { outcome: string; words: string; good: boolean },
): Promise<T> {
  notices.push({ ...notice, state: 'running', watched: true });
  emit();
  const settle = (patch: Partial<WriteNotice>) => {
    notices = notices.map((n) => (n.id === notice.id ? { ...n, ...patch } : n));
    emit();
  };
  run.then(
    (value) => settle({ state: 'done', result: describe(value) }),
    (err: unknown) =>
      settle({
        state: 'failed',
        result: { outcome: 'unknown', words: err instanceof Error ? err.message : 'The outcome is unknown.', good: false },
      }),
  );
  return run;
}

/** The page that started a write is closed or open again (a notice shows only for writes nobody is watching). */
export function setWatched(id: string, watched: boolean): void {
  if (!notices.some((n) => n.id === id)) return;
  notices = notices.map((n) => (n.id === id ? { ...n, watched } : n));
  emit();
}

export function dismissNotice(id: string): void {
  notices = notices.filter((n) => n.id !== id);
  emit();
}

export function useWriteNotices(): WriteNotice[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => notices,
  );
}

export const isRunning = (id: string) => notices.some((n) => n.id === id && n.state === 'running');
