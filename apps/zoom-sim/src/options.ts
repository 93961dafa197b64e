// Options of one simulator instance.
import type { SimCredentials } from './demo-credentials';
import type { Clock } from './platform/clock';
import type { SimPlan } from './platform/rate-limit';

export interface SimulatorOptions {
  host?: string;
  port?: number;
  /** Rate-limit plan; default `pro` like the BFF's default ZOOM_PLAN. */
  plan?: SimPlan;
  /** Access-token lifetime; default 3600 like Zoom. */
  tokenTtlSeconds?: number;
  /** Seed of the demo account; same seed → same ids. */
  seed?: string;
  /** "Today" for the seeded holidays (next 12 months from it); default: the clock's now. */
  now?: Date;
  /** Time source for token expiry, page tokens and rate windows; default Date.now. */
  clock?: Clock;
  /** The one OAuth app the account accepts; default DEMO_CREDENTIALS. */
  credentials?: SimCredentials;
}
