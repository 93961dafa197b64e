// One write at a time per object (e.g. per auto receptionist menu) in this
// process. Two applies on the same menu would otherwise both pass the version
// check and interleave their PATCHes; serialized, the second one reads the
// first one's result and ends as a `conflict` instead of silently mixing.
// Several replicas share the lock through Redis (redis/write-lock.ts).
export interface WriteLock {
  /** Run `fn` when no other write holds `key`; later callers wait their turn. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export class KeyedLock implements WriteLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
