// Per-label request budget. Zoom limits each account per label (light /
// medium / heavy) per second and answers 429 beyond it, so callers wait here
// instead. `RateLimiter` is the seam a Redis-backed, multi-replica version
// (REDIS_URL) would implement; this file holds the in-process one.
import { RATE_LIMITS, RATE_LIMIT_LABELS } from '@switchboard/zoom-schema/rate-limits';
import type { RateLimitLabel, ZoomPlan } from '@switchboard/zoom-schema/rate-limits';

export interface RateLimiter {
  /** Resolves when the caller may send one request with this label. */
  acquire(label: RateLimitLabel, signal?: AbortSignal): Promise<void>;
  /** Zoom said 429: hold every caller of this label back for `ms`. */
  pause(label: RateLimitLabel, ms: number): void;
}

export interface BucketSpec {
  /** Tokens added per second. */
  ratePerSecond: number;
  /** Most tokens the bucket holds (how many requests may leave at once). */
  burst: number;
}

/**
 * Bucket sizes for a plan. The refill runs at 97% of Zoom's figure and the
 * bucket holds one token, so no one-second window (fixed or sliding, on
 * Zoom's side) ever sees more than the limit, even with a little network
 * jitter — while staying within a few percent of the allowed throughput.
 */
export function bucketsForPlan(plan: ZoomPlan, headroom = 0.97): Record<RateLimitLabel, BucketSpec> {
  return Object.fromEntries(
    RATE_LIMIT_LABELS.map((label) => [label, { ratePerSecond: RATE_LIMITS[plan][label] * headroom, burst: 1 }]),
  ) as Record<RateLimitLabel, BucketSpec>;
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

class Bucket {
  private tokens: number;
  private last: number;
  private pausedUntil = 0;
  private readonly queue: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly spec: BucketSpec,
    private readonly now: () => number,
  ) {
    this.tokens = spec.burst;
    this.last = now();
  }

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
    this.tokens = 0;
    this.schedule();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.spec.burst, this.tokens + ((t - this.last) / 1000) * this.spec.ratePerSecond);
    this.last = t;
  }

  private drain(): void {
    this.refill();
    if (this.now() >= this.pausedUntil) {
      while (this.queue.length > 0 && this.tokens >= 1) {
        this.tokens -= 1;
        const w = this.queue.shift()!;
        if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
        w.resolve();
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.queue.length === 0) return;
    const untilToken = ((1 - this.tokens) / this.spec.ratePerSecond) * 1000;
    const wait = Math.max(0, untilToken, this.pausedUntil - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.drain();
    }, Math.ceil(wait));
  }
}

/** In-process token buckets, one per label. */
export class TokenBucketLimiter implements RateLimiter {
  private readonly buckets: Record<RateLimitLabel, Bucket>;

  constructor(specs: Record<RateLimitLabel, BucketSpec>, now: () => number = () => performance.now()) {
    this.buckets = Object.fromEntries(
      RATE_LIMIT_LABELS.map((label) => [label, new Bucket(specs[label], now)]),
    ) as Record<RateLimitLabel, Bucket>;
  }

  static forPlan(plan: ZoomPlan): TokenBucketLimiter {
    return new TokenBucketLimiter(bucketsForPlan(plan));
  }

  acquire(label: RateLimitLabel, signal?: AbortSignal): Promise<void> {
    return this.buckets[label].acquire(signal);
  }

  pause(label: RateLimitLabel, ms: number): void {
    this.buckets[label].pause(ms);
  }
}
