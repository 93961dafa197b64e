// Zoom's per-account, per-label QPS limits (Zoom's rate-limits page: Pro
// Light 20/s, Medium 10/s, Heavy 5/s; Business and above 40/20/10). Fixed
// one-second windows aligned to the clock's whole seconds: a client that sends
// N requests within any clock second succeeds while N ≤ limit; the (limit+1)th
// in that second is 429. Each operation's label comes from its document.
import type { Clock } from './clock';

export type Label = 'light' | 'medium' | 'heavy';
export type SimPlan = 'pro' | 'business' | 'off';

const LIMITS: Record<Exclude<SimPlan, 'off'>, Record<Label, number>> = {
  pro: { light: 20, medium: 10, heavy: 5 },
  business: { light: 40, medium: 20, heavy: 10 },
};

export const RATE_LIMIT_MESSAGE = 'You have reached the maximum per-second rate limit for this API. Try again later.';

const CATEGORY: Record<Label, string> = { light: 'Light', medium: 'Medium', heavy: 'Heavy' };

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private windows = new Map<string, { second: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    public plan: SimPlan,
  ) {}

  reset(plan: SimPlan) {
    this.plan = plan;
    this.windows.clear();
  }

  take(accountId: string, label: Label): RateDecision {
    if (this.plan === 'off') return { allowed: true, headers: {} };
    const limit = LIMITS[this.plan][label];
    const now = this.clock();
    const second = Math.floor(now / 1000);
    const key = `${accountId}:${label}`;
    let w = this.windows.get(key);
    if (!w || w.second !== second) {
      w = { second, count: 0 };
      this.windows.set(key, w);
    }
    const headers: Record<string, string> = {
      'X-RateLimit-Category': CATEGORY[label],
      'X-RateLimit-Type': 'QPS',
      'X-RateLimit-Limit': String(limit),
    };
    if (w.count >= limit) {
      headers['X-RateLimit-Remaining'] = '0';
      headers['Retry-After'] = String(Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000)));
      return { allowed: false, headers };
    }
    w.count += 1;
    headers['X-RateLimit-Remaining'] = String(limit - w.count);
    return { allowed: true, headers };
  }
}
