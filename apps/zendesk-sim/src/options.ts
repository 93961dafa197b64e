// Options of one simulator instance.
import type { ZendeskCredentials } from './demo-credentials';
import type { Clock } from './platform/clock';
import type { SimPlan } from './platform/rate-limit';

export interface SimulatorOptions {
  host?: string;
  port?: number;
  /** Per-minute rate limit: a Talk plan that includes IVR, 'off', or requests per minute; default 'professional'. */
  plan?: SimPlan;
  /** Time source for the rate-limit windows; default Date.now. */
  clock?: Clock;
  /** The one account the simulator accepts; default DEMO_ZENDESK_CREDENTIALS. */
  credentials?: ZendeskCredentials;
  /** Append every API request as a JSON line to this file (a conformance suite reads it). */
  recordFile?: string;
}
