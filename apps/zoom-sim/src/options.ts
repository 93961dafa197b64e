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
  /** Port of the separate file host that serves play_url links (0 = any free port). */
  filePort?: number;
  /** buildSimulator only (nothing listens): the file host's base URL to put in play_url links. */
  fileBaseUrl?: string;
  /** Append every API request as a JSON line to this file (the conformance suite reads it). */
  recordFile?: string;
  /** The one OAuth app the account accepts; default DEMO_CREDENTIALS. */
  credentials?: SimCredentials;
}
