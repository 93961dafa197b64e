// Who runs a write: this process, named so that another process (after a
// restart, or another replica) can tell whether it is still alive. A write
// left unfinished by an owner that is gone was cut off mid-way.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

export interface Owner {
  host: string;
  pid: number;
  /** New at every start, so a recycled pid is not mistaken for the old process. */
  boot: string;
}

export const THIS_PROCESS: Owner = { host: hostname(), pid: process.pid, boot: randomUUID() };

export const ownerText = (o: Owner = THIS_PROCESS) => `${o.host}|${o.pid}|${o.boot}`;

export function parseOwner(text: string | null): Owner | null {
  const [host, pid, boot] = (text ?? '').split('|');
  return host && pid && boot ? { host, pid: Number(pid), boot } : null;
}

/** Writers refresh their heartbeat this often; one silent for STALE_AFTER_MS is taken as gone. */
export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 60_000;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the owner of an unfinished write is gone: on this host, by its pid
 * (at once after a restart); on another host (a replica), by a heartbeat
 * older than STALE_AFTER_MS.
 */
export function ownerGone(text: string | null, heartbeatAt: Date | null, now: number = Date.now()): boolean {
  const owner = parseOwner(text);
  if (!owner) return true;
  if (owner.boot === THIS_PROCESS.boot) return false;
  if (owner.host === THIS_PROCESS.host) return owner.pid === THIS_PROCESS.pid || !pidAlive(owner.pid);
  return !heartbeatAt || now - heartbeatAt.getTime() > STALE_AFTER_MS;
}
