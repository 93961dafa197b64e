// Pub/sub over the subscriber connection: each channel is subscribed once in
// Redis however many listeners this process has on it, and dropped when its
// last listener leaves.
import type { Redis } from 'ioredis';

export type BusListener = (message: string) => void;

export class RedisBus {
  private readonly listeners = new Map<string, Set<BusListener>>();

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
  ) {
    sub.on('message', (channel: string, message: string) => {
      for (const l of this.listeners.get(channel) ?? []) {
        try {
          l(message);
        } catch {
          // one listener's failure is not the others'
        }
      }
    });
  }

  /** Resolves once Redis confirms the subscription, so nothing published after it is missed. */
  async subscribe(channel: string, listener: BusListener): Promise<() => void> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    await this.sub.subscribe(channel);
    return () => {
      const s = this.listeners.get(channel);
      if (!s) return;
      s.delete(listener);
      if (s.size === 0) {
        this.listeners.delete(channel);
        void this.sub.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  publish(channel: string, message: string): Promise<number> {
    return this.pub.publish(channel, message);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
