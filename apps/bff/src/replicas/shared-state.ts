// What several replicas of the BFF must share, behind one seam: the Zoom
// token, the rate-limit budgets, the per-object write locks, the versions
// handed out, and job events. Without REDIS_URL each is this process's own
// (exactly the single-process behaviour); with it, each lives in Redis under
// the deployment's key prefix (decision 018).
import { createHash } from 'node:crypto';
import type { ZoomPlan } from '@switchboard/zoom-schema/rate-limits';
import type { JobEventBus } from '../features/jobs/job-events';
import { ProcessVersionStore } from '../lib/version-store';
import type { VersionStore } from '../lib/version-store';
import { openRedis } from '../redis/connection';
import { RedisJobEvents } from '../redis/job-events';
import { RedisVersionStore } from '../redis/version-store';
import { RedisWriteLock } from '../redis/write-lock';
import { KeyedLock } from '../write-pipeline/keyed-lock';
import type { WriteLock } from '../write-pipeline/keyed-lock';
import { RollingWindowLimiter, windowsForPlan } from '../zoom/rate-limiter';
import type { RateLimiter } from '../zoom/rate-limiter';
import { RedisRollingWindowLimiter } from '../zoom/redis-rate-limiter';
import { RedisTokenCache } from '../zoom/redis-token-cache';
import { OAuthTokenCache } from '../zoom/token-cache';
import type { AccessTokenSource, OAuthTokenCacheOptions } from '../zoom/token-cache';

export interface SharedState {
  kind: 'process' | 'redis';
  tokens(opts: OAuthTokenCacheOptions): AccessTokenSource;
  /** The budget of one Zoom account (`account`: its API base and account id). */
  limiter(plan: ZoomPlan, account: string): RateLimiter;
  /** One lock per kind of object (`namespace`), keyed by the object. */
  writeLock(namespace: string): WriteLock;
  versions<V>(namespace: string, capacity?: number): VersionStore<V>;
  /** Null with one process: its subscribers are its own. */
  jobEvents: JobEventBus | null;
  close(): Promise<void>;
}

export function processState(): SharedState {
  return {
    kind: 'process',
    tokens: (opts) => new OAuthTokenCache(opts),
    limiter: (plan) => RollingWindowLimiter.forPlan(plan),
    writeLock: () => new KeyedLock(),
    versions: <V>(_namespace: string, capacity?: number) => new ProcessVersionStore<V>(capacity),
    jobEvents: null,
    close: async () => undefined,
  };
}

/** Sends are dated when Zoom answered (surely after it counted them), so a small margin suffices (decision 018). */
export const SHARED_MARGIN_MS = 20;

const short = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export async function redisState(url: string, prefix: string, onError: (err: unknown) => void): Promise<SharedState> {
  const redis = await openRedis(url, prefix, onError);
  return {
    kind: 'redis',
    tokens: (opts) => new RedisTokenCache(redis, opts),
        limiter: (plan, account) => new RedisRollingWindowLimiter(redis, short(account), windowsForPlan(plan, SHARED_MARGIN_MS)),
    writeLock: (namespace) => new RedisWriteLock(redis, namespace),
    versions: <V>(namespace: string) => new RedisVersionStore<V>(redis, namespace, onError),
    jobEvents: new RedisJobEvents(redis, onError),
    close: () => redis.close(),
  };
}
