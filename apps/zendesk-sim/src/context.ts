// Everything one simulator instance owns, shared by its route modules.
import type { OperationFact } from '@switchboard/zendesk-facts/facts';
import { Faults } from './control/faults';
import { RequestLog } from './control/request-log';
import { DEMO_ZENDESK_CREDENTIALS } from './demo-credentials';
import type { ZendeskCredentials } from './demo-credentials';
import type { SimulatorOptions } from './options';
import { systemClock } from './platform/clock';
import type { Clock } from './platform/clock';
import { RateLimiter } from './platform/rate-limit';
import type { SimPlan } from './platform/rate-limit';
import { seedAccount } from './seed/account';
import { TalkStore } from './state/store';

export interface SimContext {
  credentials: ZendeskCredentials;
  clock: Clock;
  store: TalkStore;
  limiter: RateLimiter;
  faults: Faults;
  log: RequestLog;
  /** The operations the simulator's routes implement (filled as routes register). */
  operations: Set<OperationFact>;
  /** Back to the seeded account with no faults, an empty log and the configured plan. */
  reset(): void;
}

export function createContext(opts: SimulatorOptions = {}): SimContext {
  const clock = opts.clock ?? systemClock;
  const plan: SimPlan = opts.plan ?? 'professional';
  const ctx: SimContext = {
    credentials: opts.credentials ?? { ...DEMO_ZENDESK_CREDENTIALS },
    clock,
    store: new TalkStore(seedAccount()),
    limiter: new RateLimiter(clock, plan),
    faults: new Faults(),
    log: new RequestLog(),
    operations: new Set(),
    reset() {
      ctx.store = new TalkStore(seedAccount());
      ctx.limiter.reset(plan);
      ctx.faults = new Faults();
      ctx.log.clear();
    },
  };
  return ctx;
}
