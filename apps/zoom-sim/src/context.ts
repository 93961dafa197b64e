// Everything one simulator instance owns, shared by its route modules.
import { Faults } from './control/faults';
import { RequestLog } from './control/request-log';
import { DEMO_CREDENTIALS } from './demo-credentials';
import type { SimCredentials } from './demo-credentials';
import { TokenStore } from './oauth/tokens';
import type { SimulatorOptions } from './options';
import { systemClock } from './platform/clock';
import type { Clock } from './platform/clock';
import { Paginator } from './platform/pagination';
import { RateLimiter } from './platform/rate-limit';
import type { SimPlan } from './platform/rate-limit';
import { DEFAULT_SEED, seedAccount } from './seed/account';
import { Prng } from './seed/prng';
import { AccountStore } from './state/store';

export interface SimContext {
  credentials: SimCredentials;
  clock: Clock;
  store: AccountStore;
  tokens: TokenStore;
  limiter: RateLimiter;
  paginator: Paginator;
  faults: Faults;
  log: RequestLog;
  /** Back to the seeded account with no faults, an empty log and the configured plan. */
  reset(): void;
}

export function createContext(opts: SimulatorOptions = {}): SimContext {
  const clock = opts.clock ?? systemClock;
  const seed = opts.seed ?? DEFAULT_SEED;
  const now = opts.now ?? new Date(clock());
  const plan: SimPlan = opts.plan ?? 'pro';
  const fresh = () => {
    const { state, prng } = seedAccount(seed, now);
    return new AccountStore(state, prng);
  };
  const ctx: SimContext = {
    credentials: opts.credentials ?? { ...DEMO_CREDENTIALS },
    clock,
    store: fresh(),
    tokens: new TokenStore(clock, opts.tokenTtlSeconds ?? 3600),
    limiter: new RateLimiter(clock, plan),
    paginator: new Paginator(clock),
    faults: new Faults(new Prng(`${seed}:faults`)),
    log: new RequestLog(),
    reset() {
      ctx.store = fresh();
      ctx.limiter.reset(plan);
      ctx.paginator.clear();
      ctx.faults = new Faults(new Prng(`${seed}:faults`));
      ctx.log.clear();
    },
  };
  return ctx;
}
