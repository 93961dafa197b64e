// Per-label request budget. Zoom limits each account per label (light /
// medium / heavy) per second and answers 429 beyond it, so callers wait here
// instead. A token bucket that is safe against Zoom's fixed one-second
// windows must have burst + refill ≤ limit, and then loses throughput every
// time a timer fires late; a rolling window enforces exactly "at most N in
// any window" and lets late callers catch up, so it is what is used. `RateLimiter` is the seam a Redis-backed, multi-replica version
// (REDIS_URL) would implement; this file holds the in-process one.
import { RATE_LIMITS, RATE_LIMIT_LABELS } from '@switchboard/zoom-schema/rate-limits';
import type { RateLimitLabel, ZoomPlan } from '@switchboard/zoom-schema/rate-limits';

export interface RateLimiter {
  /** Resolves when the caller may send one request with this label. */
  acquire(label: RateLimitLabel, signal?: AbortSignal): Promise<void>;
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

/** One label's budget: the send times of the last window, and a queue of waiting callers. */
class RollingWindow {
  private readonly sent: number[] = [];
  private pausedUntil = 0;
  private readonly queue: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly spec: WindowSpec,
    private readonly now: () => number,
  ) {}

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
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
      while (this.queue.length > 0 && this.sent.length < this.spec.limit) {
        this.sent.push(t);
        const w = this.queue.shift()!;
        if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
        w.resolve();
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.queue.length === 0) return;
    const t = this.now();
    const windowFrees = this.sent.length < this.spec.limit ? t : this.sent[0]! + this.spec.windowMs;
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

  acquire(label: RateLimitLabel, signal?: AbortSignal): Promise<void> {
    return this.windows[label].acquire(signal);
  }

  pause(label: RateLimitLabel, ms: number): void {
    this.windows[label].pause(ms);
  }
}
