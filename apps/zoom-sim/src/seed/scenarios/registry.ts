// Named accounts the control plane can switch to (`POST /__sim/scenario`):
// the seeded demo account, a large generated one, and a small one without
// routing problems, plain or with one of each kind planted.
import { DEFAULT_SEED, seedAccount } from '../account';
import type { AccountState } from '../../state/records';
import type { Prng } from '../prng';
import { generatedAccount, type ScenarioSize } from './generated';
import { plantRoutingProblems } from './problems';

export const SCENARIO_NAMES = ['demo', 'large', 'routing-clean', 'routing-problems'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** 300 auto receptionists, 100 call queues, 2,000 users on 12 sites, 2 holidays on every site, the Contact Center's closures. */
export const LARGE: ScenarioSize = { sites: 12, autoReceptionists: 300, callQueues: 100, users: 2000, holidaysPerSite: 2 };
/** Two sites, four auto receptionists, four call queues, twelve users. */
export const SMALL: ScenarioSize = { sites: 2, autoReceptionists: 4, callQueues: 4, users: 12, holidaysPerSite: 2 };

export function scenarioAccount(name: ScenarioName, seed: string | undefined, now: Date): { state: AccountState; prng: Prng } {
  const s = seed ?? DEFAULT_SEED;
  switch (name) {
    case 'demo':
      return seedAccount(s, now);
    case 'large':
      return generatedAccount(`${s}:large`, now, LARGE);
    case 'routing-clean':
      return generatedAccount(`${s}:small`, now, SMALL);
    case 'routing-problems': {
      const account = generatedAccount(`${s}:small`, now, SMALL);
      plantRoutingProblems(account.state, account.prng);
      return account;
    }
  }
}
