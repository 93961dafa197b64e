// Versions remembered by every replica (lib/version-store.ts): a JSON copy in
// Redis for a few hours, and the last few hundred in this process too so a
// conflict found where the read happened needs no round trip.
import type { VersionStore } from '../lib/version-store';
import { BoundedMemory } from '../lib/bounded-memory';
import type { SharedRedis } from './connection';

const KEEP_MS = 6 * 3600_000;

export class RedisVersionStore<V> implements VersionStore<V> {
  private readonly local = new BoundedMemory<V>(500);

  constructor(
    private readonly redis: SharedRedis,
    private readonly namespace: string,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  private key(version: string): string {
    return this.redis.key(`version:${this.namespace}:${version}`);
  }

  remember(version: string, value: V): void {
    this.local.remember(version, value);
    this.redis.cmd.set(this.key(version), JSON.stringify(value), 'PX', KEEP_MS).catch(this.onError);
  }

  async get(version: string): Promise<V | undefined> {
    const here = this.local.get(version);
    if (here !== undefined) return here;
    const text = await this.redis.cmd.get(this.key(version)).catch((err: unknown) => {
      this.onError(err);
      return null;
    });
    return text === null ? undefined : (JSON.parse(text) as V);
  }
}
