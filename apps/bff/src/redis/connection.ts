// The replicas' shared state lives in one Redis (REDIS_URL). Every key and
// channel starts with the configured prefix (REDIS_KEY_PREFIX), so several
// deployments — or test runs — can share a server without seeing each other.
// Two connections: one for commands and scripts, one held in subscriber mode
// for the pub/sub channels (bus.ts).
import { Redis } from 'ioredis';
import { RedisBus } from './bus';

export interface SharedRedis {
  /** Commands and Lua scripts. */
  cmd: Redis;
  bus: RedisBus;
  /** `name` with the deployment's prefix: use it for every key and channel. */
  key(name: string): string;
  close(): Promise<void>;
}

/** `onError`: told of connection errors (ioredis reconnects by itself; commands meanwhile fail and say so). */
export async function openRedis(url: string, prefix: string, onError: (err: unknown) => void = () => undefined): Promise<SharedRedis> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true, connectTimeout: 5_000 };
  const cmd = new Redis(url, options);
  const sub = new Redis(url, options);
  cmd.on('error', onError);
  sub.on('error', onError);
  try {
    await Promise.all([cmd.connect(), sub.connect()]);
  } catch (err) {
    cmd.disconnect();
    sub.disconnect();
    throw new Error(`Redis at REDIS_URL could not be reached: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const bus = new RedisBus(cmd, sub);
  return {
    cmd,
    bus,
    key: (name) => `${prefix}${name}`,
    async close() {
      await bus.close();
      await Promise.allSettled([cmd.quit(), sub.quit()]);
    },
  };
}
