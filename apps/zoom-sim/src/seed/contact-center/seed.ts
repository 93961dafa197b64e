// The Contact Center part of the demo account, drawn from a generator of its
// own (`<seed>:contact-center`) so that the Phone account's ids and counts are
// what they were before it existed.
import type { ContactCenterState } from '../../state/contact-center';
import type { AccountState } from '../../state/records';
import { Prng } from '../prng';
import { seedAssets, seedCategories } from './assets';
import { seedBusinessHours, seedClosureSets } from './hours';
import { seedRouting } from './routing';

const DAY_MS = 86_400_000;

export function seedContactCenter(seed: string, state: AccountState, now: Date): ContactCenterState {
  const prng = new Prng(`${seed}:contact-center`);
  const editors = state.users.slice(0, 6).map((u) => u.id);
  // Who changed it and when: one of the first users, some days before "now".
  const stamp = () => ({
    modifiedBy: prng.pick(editors),
    lastModified: new Date(now.getTime() - prng.int(1, 120) * DAY_MS - prng.int(0, 86_399) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  const categories = seedCategories(prng);
  const cc: ContactCenterState = {
    businessHours: seedBusinessHours(prng),
    closureSets: seedClosureSets(prng),
    queues: [],
    flows: [],
    messagingEntryPoints: [],
    inboxes: [],
    categories,
    assets: seedAssets(prng, categories, stamp),
    apiUserId: state.accountOwnerUserId,
  };
  seedRouting(prng, state, cc, stamp);
  return cc;
}
