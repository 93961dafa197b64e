// Per-label request budget. Zoom limits each account per label (light /
// medium / heavy) per second and answers 429 beyond it, so callers wait here
// instead. A token bucket that is safe against Zoom's fixed one-second
// windows must have burst + refill ≤ limit, and then loses throughput every
// time a timer fires late; a rolling window enforces exactly "at most N in
// any window" and lets late callers catch up, so it is what is used. `RateLimiter` is the seam a Redis-backed, multi-replica version
// (REDIS_URL) would implement; this file holds the in-process one.
import { RATE_LIMITS, RATE_LIMIT_LABELS } from '@switchboard/zoom-schema/rate-limits';
import type { RateLimitLabel, ZoomPlan } from '@switchboard/zoom-schema/rate-limits';
import type { ZoomPriority } from './priority';

/**
 * What a limiter may hand out with a slot: the caller says when Zoom answered
 * (or the attempt failed). The shared limiter counts the slot from then, not
 * from the grant: Zoom surely received the request before it answered,
 * however late a busy process sent it (decision 018).
 */
export interface SendPermit {
  answered(): void;
}

export interface RateLimiter {
  /**
   * Resolves when the caller may send one request with this label. Waiting
   * callers are served `write` first, then `read`, then `bulk` (priority.ts).
   */
  acquire(label: RateLimitLabel, signal?: AbortSignal, priority?: ZoomPriority): Promise<SendPermit | void>;
  /** Zoom said 429: hold every caller of this label back for `ms`. */
  pause(label: RateLimitLabel, ms: number): void;
}

export interface WindowSpec {
  /** Requests allowed in any window of `windowMs`. */
  limit: number;
  windowMs: number;
}

/**
 * Window sizes for a plan: Zoom's per-second figure per label, over a window
 * a little longer than a second. Zoom counts requests in fixed one-second
 * windows; allowing `limit` requests in any rolling 1.05 s keeps every fixed
 * window at or under the limit even when requests reach Zoom up to 50 ms
 * apart from when they left, and a caller delayed by a busy event loop can
 * catch up within the window instead of losing its turn.
 */
export function windowsForPlan(plan: ZoomPlan, marginMs = 50): Record<RateLimitLabel, WindowSpec> {
  return Object.fromEntries(
    RATE_LIMIT_LABELS.map((label) => [label, { limit: RATE_LIMITS[plan][label], windowMs: 1000 + marginMs }]),
  ) as Record<RateLimitLabel, WindowSpec>;
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * How much of a window each priority may fill while someone is writing (a
 * write-priority call within WRITE_ACTIVITY_MS: the review before an apply
 * counts). A person's write may use all of it; page loads leave a fifth free
 * and background jobs one slot, so that the apply's calls, arriving when reads
 * or a job saturate the budget, still start at once rather than a window
 * later. With nobody writing, every priority may use the whole window.
 */
export function capsFor(limit: number): Record<ZoomPriority, number> {
  return { write: limit, read: Math.max(1, limit - Math.max(1, Math.ceil(limit / 5))), bulk: Math.max(1, limit - 1) };
}

export const WRITE_ACTIVITY_MS = 120_000;

/** One label's budget: the send times of the last window, and the waiting callers (writes first). */
class RollingWindow {
  private readonly sent: number[] = [];
  private pausedUntil = 0;
  private readonly queues: Record<ZoomPriority, Waiter[]> = { write: [], read: [], bulk: [] };
  private timer: NodeJS.Timeout | null = null;
  private readonly caps: Record<ZoomPriority, number>;
  private lastWriteAt = -Infinity;

  constructor(
    private readonly spec: WindowSpec,
    private readonly now: () => number,
  ) {
    this.caps = capsFor(spec.limit);
  }

  /** The next caller the window has room for: writes first, then reads, then jobs, each within its cap. */
  private next(t: number): Waiter | undefined {
    const writing = t - this.lastWriteAt < WRITE_ACTIVITY_MS;
    for (const p of ['write', 'read', 'bulk'] as const) {
      const cap = writing ? this.caps[p] : this.spec.limit;
      if (this.queues[p].length > 0 && this.sent.length < cap) return this.queues[p].shift();
    }
    return undefined;
  }

  private get waiting(): number {
    return this.queues.write.length + this.queues.read.length + this.queues.bulk.length;
  }

  acquire(signal?: AbortSignal, priority: ZoomPriority = 'read'): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const queue = this.queues[priority];
    if (priority === 'write') this.lastWriteAt = this.now();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const i = queue.indexOf(waiter);
          if (i >= 0) queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      queue.push(waiter);
      this.drain();
    });
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.schedule();
  }

  private drain(): void {
    const t = this.now();
    while (this.sent.length > 0 && this.sent[0]! <= t - this.spec.windowMs) this.sent.shift();
    if (t >= this.pausedUntil) {
      for (let w = this.next(t); w; w = this.next(t)) {
        this.sent.push(t);
        if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
        w.resolve();
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.waiting === 0) return;
    const t = this.now();
    // Waiters left over are held by their caps (or the limit): wake when the oldest send leaves the window.
    const windowFrees = this.sent.length === 0 ? t : this.sent[0]! + this.spec.windowMs;
    const wait = Math.max(0, windowFrees - t, this.pausedUntil - t);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.drain();
    }, Math.ceil(wait) + 1);
  }
}

/** In-process rolling-window budgets, one per label. */
export class RollingWindowLimiter implements RateLimiter {
  private readonly windows: Record<RateLimitLabel, RollingWindow>;

  constructor(specs: Record<RateLimitLabel, WindowSpec>, now: () => number = () => performance.now()) {
    this.windows = Object.fromEntries(
      RATE_LIMIT_LABELS.map((label) => [label, new RollingWindow(specs[label], now)]),
    ) as Record<RateLimitLabel, RollingWindow>;
  }

  static forPlan(plan: ZoomPlan): RollingWindowLimiter {
    return new RollingWindowLimiter(windowsForPlan(plan));
  }

  acquire(label: RateLimitLabel, signal?: AbortSignal, priority?: ZoomPriority): Promise<void> {
    return this.windows[label].acquire(signal, priority);
  }

  pause(label: RateLimitLabel, ms: number): void {
    this.windows[label].pause(ms);
  }
}
