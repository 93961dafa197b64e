// One Zoom access token for every replica (REDIS_URL). The token and its
// expiry sit in Redis; when it nears expiry (or Zoom rejects it) the replica
// that takes the refresh lock asks Zoom, stores the answer and announces it on
// a channel, and every other caller — in this process or another — waits for
// that announcement (or the lock's expiry) instead of asking Zoom too.
import { createHash, randomUUID } from 'node:crypto';
import type { SharedRedis } from '../redis/connection';
import { requestZoomToken } from './token-cache';
import type { AccessTokenSource, CachedToken, OAuthTokenCacheOptions } from './token-cache';
import { ZoomApiError } from './zoom-error';

const LOCK_MS = 15_000;
const MAX_WAIT_MS = 30_000;
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
/** Forget the shared token only if it is still the one Zoom rejected. */
const FORGET = "local v = redis.call('GET', KEYS[1]) if v and cjson.decode(v).token == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

const redisDown = (cause: unknown) =>
  new ZoomApiError({ kind: 'network', message: 'The shared token store (Redis) could not be reached.', method: 'POST', path: '/oauth/token', cause });

export class RedisTokenCache implements AccessTokenSource {
  private current: CachedToken | null = null;
  private inflight: Promise<CachedToken> | null = null;
  private readonly key: string;
  private readonly now: () => number;

  constructor(
    private readonly redis: SharedRedis,
    private readonly opts: OAuthTokenCacheOptions,
  ) {
    const { oauthBaseUrl, credentials } = opts;
    const who = createHash('sha256').update(`${oauthBaseUrl}|${credentials.accountId}|${credentials.clientId}`).digest('hex').slice(0, 16);
    this.key = redis.key(`zoom:token:${who}`);
    this.now = opts.now ?? Date.now;
  }

  async getToken(): Promise<string> {
    const cur = this.current;
    const t = this.now();
    if (cur && t < cur.refreshAt) return cur.token;
    try {
      return (await this.refresh(false)).token;
    } catch (err) {
      if (cur && t < cur.expiresAt - 5_000 && this.current === cur) return cur.token;
      throw err;
    }
  }

  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
    void this.redis.cmd.eval(FORGET, 1, this.key, token).catch(() => undefined);
  }

  async grantedScopes(opts: { fresh?: boolean } = {}): Promise<string[]> {
    if (opts.fresh) return (await this.refresh(true)).scopes;
    const token = await this.getToken();
    const cur = this.current;
    return cur && cur.token === token ? [...cur.scopes] : (await this.refresh(true)).scopes;
  }

  /** Single flight within this process; across processes, the Redis lock. */
  private refresh(fresh: boolean): Promise<CachedToken> {
    this.inflight ??= this.shared(fresh).then(
      (c) => {
        this.current = c;
        this.inflight = null;
        return c;
      },
      (err: unknown) => {
        this.inflight = null;
        throw err;
      },
    );
    return this.inflight;
  }

  private async stored(): Promise<CachedToken | null> {
    const text = await this.redis.cmd.get(this.key).catch((err: unknown) => Promise.reject(redisDown(err)));
    return text ? (JSON.parse(text) as CachedToken) : null;
  }

  /** A token from Redis if one is fresh (and `fresh` is not asked), else from Zoom by whoever holds the lock. */
  private async shared(fresh: boolean): Promise<CachedToken> {
    const lock = `${this.key}:lock`;
    const announced = `${this.key}:new`;
    const deadline = this.now() + MAX_WAIT_MS;
    let signalled: boolean;
    let wake: (() => void) | undefined;
    const unsubscribe = await this.redis.bus
      .subscribe(announced, () => {
        signalled = true;
        wake?.();
      })
      .catch((err: unknown) => Promise.reject(redisDown(err)));
    try {
      for (;;) {
        signalled = false;
        if (!fresh) {
          const c = await this.stored();
          if (c && this.now() < c.refreshAt) return c;
        }
        const id = randomUUID();
        const got = await this.redis.cmd.set(lock, id, 'PX', LOCK_MS, 'NX').catch((err: unknown) => Promise.reject(redisDown(err)));
        if (got === 'OK') return await this.fetchHolding(lock, id, announced, fresh);
        // Another replica is asking Zoom: wait for its answer, then use it.
        if (this.now() > deadline) throw redisDown(new Error('no token was announced in time'));
        const left = await this.redis.cmd.pttl(lock).catch(() => LOCK_MS);
        if (!signalled) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, left > 0 ? left + 5 : 5);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
        }
        fresh = false; // a token another replica fetched after we asked is fresh enough
      }
    } finally {
      unsubscribe();
    }
  }

  private async fetchHolding(lock: string, id: string, announced: string, fresh: boolean): Promise<CachedToken> {
    try {
      if (!fresh) {
        // Another replica may have stored one between our read and our lock.
        const c = await this.stored();
        if (c && this.now() < c.refreshAt) return c;
      }
      const c = await requestZoomToken(this.opts);
      const ttl = Math.max(1, Math.floor(c.expiresAt - this.now()));
      await this.redis.cmd.set(this.key, JSON.stringify(c), 'PX', ttl).catch(() => undefined);
      return c;
    } finally {
      await this.redis.cmd.eval(RELEASE, 1, lock, id).catch(() => undefined);
      // Announced on failure too, so waiters try themselves rather than wait for the lock to lapse.
      await this.redis.bus.publish(announced, '1').catch(() => undefined);
    }
  }
}
