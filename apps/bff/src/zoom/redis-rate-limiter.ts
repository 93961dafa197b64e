// The rate limiter shared by every replica (REDIS_URL): one rolling-window
// budget per Zoom account and label (decision 005), kept in Redis by one Lua
// script (rate-window-script.ts). Each replica queues its own callers by
// priority as the in-process limiter does, and asks the script for as many
// slots as it has waiters; what is not granted waits exactly until the oldest
// send leaves the window (the script says when), or until another caller
// arrives — never a polling loop. A slot counts until one window after Zoom
// answered it (rate-window-script.ts). Across replicas, writes are protected by the
// caps: while anyone anywhere writes, reads leave a fifth of the window free
// and jobs one slot (decision 018).
import { randomUUID } from 'node:crypto';
import { RATE_LIMIT_LABELS } from '@switchboard/zoom-schema/rate-limits';
import type { RateLimitLabel } from '@switchboard/zoom-schema/rate-limits';
import type { SharedRedis } from '../redis/connection';
import type { ZoomPriority } from './priority';
import { WRITE_ACTIVITY_MS, capsFor } from './rate-limiter';
import type { RateLimiter, SendPermit, WindowSpec } from './rate-limiter';
import { HOLD_MS, PAUSE_SCRIPT, ANSWERED_SCRIPT, WINDOW_SCRIPT } from './rate-window-script';
import { ZoomApiError } from './zoom-error';

const PRIORITIES = ['write', 'read', 'bulk'] as const;

interface Waiter {
  resolve: (permit: SendPermit) => void;
  reject: (err: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

class SharedWindow {
  private readonly queues: Record<ZoomPriority, Waiter[]> = { write: [], read: [], bulk: [] };
  private readonly caps: Record<ZoomPriority, number>;
  private readonly replica = randomUUID().slice(0, 8);
  private seq = 0;
  private asking = false;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: SharedRedis,
    private readonly keys: [window: string, pause: string, writing: string],
    private readonly spec: WindowSpec,
  ) {
    this.caps = capsFor(spec.limit);
  }

  acquire(signal: AbortSignal | undefined, priority: ZoomPriority): Promise<SendPermit> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const queue = this.queues[priority];
    return new Promise<SendPermit>((resolve, reject) => {
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
      void this.ask();
    });
  }

  pause(ms: number): void {
    void this.redis.cmd.eval(PAUSE_SCRIPT, 1, this.keys[1], String(ms)).catch(() => undefined);
  }

  /** One script call at a time; callers arriving meanwhile make it ask once more. */
  private async ask(): Promise<void> {
    if (this.asking) {
      this.again = true;
      return;
    }
    this.asking = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    let wait = 0;
    try {
      do {
        this.again = false;
        wait = await this.round();
      } while (this.again);
    } catch (err) {
      this.failAll(err);
    } finally {
      this.asking = false;
    }
    if (wait > 0 && this.waiting > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.ask();
      }, wait + 1);
    }
  }

  private get waiting(): number {
    return this.queues.write.length + this.queues.read.length + this.queues.bulk.length;
  }

  private async round(): Promise<number> {
    if (this.waiting === 0) return 0;
    const wants = PRIORITIES.map((p) => this.queues[p].length);
    const batch = `${this.replica}:${this.seq++}`;
    const answer = (await this.redis.cmd.eval(
      WINDOW_SCRIPT,
      3,
      ...this.keys,
      String(this.spec.windowMs),
      String(this.spec.limit),
      String(WRITE_ACTIVITY_MS),
      batch,
      ...wants.map(String),
      String(this.caps.read),
      String(this.caps.bulk),
      String(HOLD_MS),
    )) as number[];
    PRIORITIES.forEach((p, i) => {
      this.queues[p].splice(0, answer[i] ?? 0).forEach((w, k) => {
        if (w.signal && w.onAbort) w.signal.removeEventListener('abort', w.onAbort);
        w.resolve(this.permit(`${batch}:${i + 1}:${k + 1}`));
      });
    });
    return answer[3] ?? 0;
  }

  /** Re-dates the reservation to the moment Zoom answered (once). */
  private permit(member: string): SendPermit {
    let sent = false;
    return {
      answered: () => {
        if (sent) return;
        sent = true;
        void this.redis.cmd.eval(ANSWERED_SCRIPT, 1, this.keys[0], member).catch(() => undefined);
      },
    };
  }

  private failAll(cause: unknown): void {
    const err = new ZoomApiError({ kind: 'network', message: 'The shared rate limit (Redis) could not be reached.', method: 'GET', path: '', cause });
    for (const p of PRIORITIES) for (const w of this.queues[p].splice(0)) w.reject(err);
  }
}

/** Rolling-window budgets shared through Redis, one per label, for one Zoom account (`scope`). */
export class RedisRollingWindowLimiter implements RateLimiter {
  private readonly windows: Record<RateLimitLabel, SharedWindow>;

  constructor(redis: SharedRedis, scope: string, specs: Record<RateLimitLabel, WindowSpec>) {
    this.windows = Object.fromEntries(
      RATE_LIMIT_LABELS.map((label) => {
        const base = redis.key(`zoom:rate:${scope}:${label}`);
        return [label, new SharedWindow(redis, [base, `${base}:paused`, `${base}:writing`], specs[label])];
      }),
    ) as Record<RateLimitLabel, SharedWindow>;
  }

  acquire(label: RateLimitLabel, signal?: AbortSignal, priority: ZoomPriority = 'read'): Promise<SendPermit> {
    return this.windows[label].acquire(signal, priority);
  }

  pause(label: RateLimitLabel, ms: number): void {
    this.windows[label].pause(ms);
  }
}
