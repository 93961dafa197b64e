// Everything one simulator instance owns, shared by its route modules.
import { randomBytes } from 'node:crypto';
import type { OperationFact } from '@switchboard/zoom-facts/facts';
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
import { scenarioAccount, type ScenarioName } from './seed/scenarios/registry';
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
  /** The documented operations the simulator's routes implement (filled as routes register). */
  operations: Set<OperationFact>;
  /** Where the separate file host listens (play_url links point there); set when it starts. */
  fileBaseUrl: string;
  /** Key that signs file links, new per instance. */
  fileSigningKey: Buffer;
  /** Scopes a token issued now carries: the faults' list, or every scope the operations need. */
  grantedScopes(): string[];
  /** Back to the seeded account with no faults, an empty log and the configured plan. */
  reset(): void;
  /** Replace the account with a named scenario's (seed/scenarios/registry.ts); faults, log and rate budget are kept. */
  useScenario(name: ScenarioName): void;
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
    operations: new Set(),
    fileBaseUrl: opts.fileBaseUrl ?? 'http://127.0.0.1',
    fileSigningKey: randomBytes(32),
    grantedScopes() {
      if (ctx.faults.scopes) return [...ctx.faults.scopes];
      return [...new Set([...ctx.operations].flatMap((op) => op.granularScopes))].sort();
    },
    useScenario(name) {
      const { state, prng } = scenarioAccount(name, seed, now);
      ctx.store = new AccountStore(state, prng);
      ctx.paginator.clear();
    },
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
