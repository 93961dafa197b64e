// Per-account, per-minute request limits (the summary: "per account per
// minute", depending on the plan; over them 429 with Retry-After). The
// numbers are decision 013's: Zendesk's published per-minute limits of the two
// plans the IVR document names, Professional 400 and Enterprise 700. Fixed
// windows on the clock's whole minutes: the (limit+1)th request of a minute is
// refused, with Retry-After the seconds left in that minute.
import type { Clock } from './clock';

export type PlanName = 'professional' | 'enterprise';
/** A plan, 'off', or a custom number of requests per minute (tests, demos). */
export type SimPlan = PlanName | 'off' | number;

export const PLAN_LIMITS: Record<PlanName, number> = { professional: 400, enterprise: 700 };

export interface RateDecision {
  allowed: boolean;
  limit: number;
  retryAfterSeconds?: number;
}

export class RateLimiter {
  private windows = new Map<string, { minute: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    public plan: SimPlan,
  ) {}

  reset(plan: SimPlan) {
    this.plan = plan;
    this.windows.clear();
  }

  get limit(): number | null {
    if (this.plan === 'off') return null;
    return typeof this.plan === 'number' ? this.plan : PLAN_LIMITS[this.plan];
  }

  take(account: string): RateDecision {
    const limit = this.limit;
    if (limit === null) return { allowed: true, limit: Infinity };
    const now = this.clock();
    const minute = Math.floor(now / 60_000);
    let w = this.windows.get(account);
    if (!w || w.minute !== minute) {
      w = { minute, count: 0 };
      this.windows.set(account, w);
    }
    if (w.count >= limit) {
      return { allowed: false, limit, retryAfterSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000)) };
    }
    w.count += 1;
    return { allowed: true, limit };
  }
}
