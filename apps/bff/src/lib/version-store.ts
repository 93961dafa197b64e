// States handed out by version (a menu, an extension's hours), so a 409
// conflict can say what changed since the one the caller loaded. One process
// keeps the last few hundred in memory; several replicas share them through
// Redis (redis/version-store.ts), since the apply may reach another replica
// than the read did.
import { BoundedMemory } from './bounded-memory';

export interface VersionStore<V> {
  /** Remember `value` as `version` (never waits: a lost memory only costs the conflict its diff). */
  remember(version: string, value: V): void;
  get(version: string): Promise<V | undefined>;
}

export class ProcessVersionStore<V> implements VersionStore<V> {
  private readonly memory: BoundedMemory<V>;

  constructor(capacity = 500) {
    this.memory = new BoundedMemory<V>(capacity);
  }

  remember(version: string, value: V): void {
    this.memory.remember(version, value);
  }

  get(version: string): Promise<V | undefined> {
    return Promise.resolve(this.memory.get(version));
  }
}
