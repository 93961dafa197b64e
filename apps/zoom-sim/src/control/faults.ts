// Fault injection. POST /__sim/faults bodies add to what is active; faults
// stay until POST /__sim/reset or DELETE /__sim/faults.
import { z } from 'zod';
import type { Prng } from '../seed/prng';
import type { SimPlan } from '../platform/rate-limit';

const methodSchema = z.string().transform((m) => m.toUpperCase());

export const faultMatchSchema = z
  .object({
    method: z.union([methodSchema, z.array(methodSchema)]).optional(),
    pathPrefix: z.string().optional(),
  })
  .strict();
export type FaultMatch = z.infer<typeof faultMatchSchema>;

export const faultBodySchema = z
  .object({
    dropWrites: z.boolean().optional(),
    status: z.number().int().min(400).max(599).optional(),
    code: z.number().int().optional(),
    message: z.string().optional(),
    rate: z.number().min(0).max(1).optional(),
    match: faultMatchSchema.optional(),
    afterCount: z.number().int().min(0).optional(),
    times: z.number().int().min(1).optional(),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    rateLimit: z.enum(['pro', 'business', 'off']).optional(),
    expireTokens: z.boolean().optional(),
    /** Tokens issued afterwards carry exactly these scopes (null: back to every scope). */
    scopes: z.array(z.string().min(1).max(200)).max(500).nullable().optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || (b.rate === undefined && b.match === undefined && b.afterCount === undefined && b.times === undefined && b.code === undefined && b.message === undefined), {
    message: 'rate, match, afterCount, times, code and message only go with status.',
  });
export type FaultBody = z.infer<typeof faultBodySchema>;

export interface ErrorRule {
  status: number;
  code: number;
  message: string;
  rate: number;
  match: FaultMatch;
  afterCount: number;
  times: number | null;
  /** Matching requests seen so far and faults fired so far. */
  seen: number;
  fired: number;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  500: 'Internal Error.',
  502: 'Bad Gateway.',
  503: 'Service Unavailable.',
  504: 'Gateway Timeout.',
  429: 'You have reached the maximum per-second rate limit for this API. Try again later.',
};

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export class Faults {
  dropWrites = false;
  latencyMs = 0;
  errorRules: ErrorRule[] = [];
  scopes: string[] | null = null;

  constructor(private readonly prng: Prng) {}

  /** Apply a fault body; returns the side effects the caller must carry out. */
  apply(body: FaultBody): { rateLimit?: SimPlan; expireTokens: boolean } {
    if (body.dropWrites !== undefined) this.dropWrites = body.dropWrites;
    if (body.latencyMs !== undefined) this.latencyMs = body.latencyMs;
    if (body.scopes !== undefined) this.scopes = body.scopes;
    if (body.status !== undefined) {
      this.errorRules.push({
        status: body.status,
        code: body.code ?? body.status,
        message: body.message ?? DEFAULT_MESSAGES[body.status] ?? 'Simulated fault.',
        rate: body.rate ?? 1,
        match: body.match ?? {},
        afterCount: body.afterCount ?? 0,
        times: body.times ?? null,
        seen: 0,
        fired: 0,
      });
    }
    return { rateLimit: body.rateLimit, expireTokens: body.expireTokens === true };
  }

  clear() {
    this.dropWrites = false;
    this.latencyMs = 0;
    this.errorRules = [];
    this.scopes = null;
  }

  /** dropWrites answers 204 to PATCH/PUT/DELETE after validation and changes nothing. */
  drops(method: string): boolean {
    return this.dropWrites && (method === 'PATCH' || method === 'PUT' || method === 'DELETE');
  }

  /** The injected error for this request, if a rule fires. Every matching rule counts the request. */
  errorFor(method: string, path: string): ErrorRule | undefined {
    let hit: ErrorRule | undefined;
    for (const rule of this.errorRules) {
      if (!matches(rule.match, method, path)) continue;
      rule.seen += 1;
      if (hit) continue;
      if (rule.seen <= rule.afterCount) continue;
      if (rule.times !== null && rule.fired >= rule.times) continue;
      if (rule.rate < 1 && this.prng.next() >= rule.rate) continue;
      rule.fired += 1;
      hit = rule;
    }
    return hit;
  }

  snapshot() {
    return { dropWrites: this.dropWrites, latencyMs: this.latencyMs, scopes: this.scopes, errors: this.errorRules.map((r) => ({ ...r })) };
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method !== undefined) {
    const methods = Array.isArray(match.method) ? match.method : [match.method];
    const ok = methods.some((m) => m === method || (m === 'WRITE' && WRITE_METHODS.has(method)));
    if (!ok) return false;
  }
  if (match.pathPrefix !== undefined) {
    const prefix = match.pathPrefix;
    if (!path.startsWith(prefix) && !path.startsWith(`/v2${prefix}`)) return false;
  }
  return true;
}
