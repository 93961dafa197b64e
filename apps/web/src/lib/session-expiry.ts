// The session ended while someone was working (a 401 after they had signed
// in). The page stays as it is — a draft in the editor is kept — and the app
// shell asks them to sign in again in place (features/auth's dialog).
import { useSyncExternalStore } from 'react';

let expired = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => {
  if (expired === value) return;
  expired = value;
  for (const l of listeners) l();
};

export const markSessionExpired = () => set(true);
export const clearSessionExpired = () => set(false);

export function useSessionExpired(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => expired,
  );
}
