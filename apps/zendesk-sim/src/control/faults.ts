// Fault injection. POST /__sim/faults bodies add to what is active; faults
// stay until POST /__sim/reset or DELETE /__sim/faults. Same shapes as the Zoom
// simulator's where they apply; an injected error's body is Zendesk's
// {error, description} (fields `error` and `description` override it).
import { z } from 'zod';
import type { SimPlan } from '../platform/rate-limit';
import { Prng } from './prng';

const methodSchema = z.string().transform((m) => m.toUpperCase());

export const faultMatchSchema = z
  .object({ method: z.union([methodSchema, z.array(methodSchema)]).optional(), pathPrefix: z.string().optional() })
  .strict();
export type FaultMatch = z.infer<typeof faultMatchSchema>;

const onlyWithStatus = ['rate', 'match', 'afterCount', 'times', 'error', 'description', 'retryAfterSeconds'] as const;

export const faultBodySchema = z
  .object({
    dropWrites: z.boolean().optional(),
    status: z.number().int().min(400).max(599).optional(),
    error: z.string().min(1).optional(),
    description: z.string().optional(),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    rate: z.number().min(0).max(1).optional(),
    match: faultMatchSchema.optional(),
    afterCount: z.number().int().min(0).optional(),
    times: z.number().int().min(1).optional(),
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    rateLimit: z.union([z.enum(['professional', 'enterprise', 'off']), z.number().int().min(1).max(1_000_000)]).optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || onlyWithStatus.every((k) => b[k] === undefined), {
    message: `${onlyWithStatus.join(', ')} only go with status.`,
  });
export type FaultBody = z.infer<typeof faultBodySchema>;

export interface ErrorRule {
  status: number;
  error: string;
  description: string;
  retryAfterSeconds: number;
  rate: number;
  match: FaultMatch;
  afterCount: number;
  times: number | null;
  /** Matching requests seen so far and faults fired so far. */
  seen: number;
  fired: number;
}

const DEFAULT_ERRORS: Record<number, [string, string]> = {
  429: ['TooManyRequests', 'Rate limit exceeded. Retry later.'],
  500: ['InternalServerError', 'Internal Server Error'],
  502: ['BadGateway', 'Bad Gateway'],
  503: ['ServiceUnavailable', 'Service Unavailable'],
  504: ['GatewayTimeout', 'Gateway Timeout'],
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

export class Faults {
  dropWrites = false;
  latencyMs = 0;
  errorRules: ErrorRule[] = [];
  private prng = new Prng();

  /** Apply a fault body; returns the rate-limit change the caller must carry out. */
  apply(body: FaultBody): { rateLimit?: SimPlan } {
    if (body.dropWrites !== undefined) this.dropWrites = body.dropWrites;
    if (body.latencyMs !== undefined) this.latencyMs = body.latencyMs;
    if (body.status !== undefined) {
      const [error, description] = DEFAULT_ERRORS[body.status] ?? ['SimulatedFault', 'Simulated fault'];
      this.errorRules.push({
        status: body.status,
        error: body.error ?? error,
        description: body.description ?? description,
        retryAfterSeconds: body.retryAfterSeconds ?? 1,
        rate: body.rate ?? 1,
        match: body.match ?? {},
        afterCount: body.afterCount ?? 0,
        times: body.times ?? null,
        seen: 0,
        fired: 0,
      });
    }
    return { rateLimit: body.rateLimit };
  }

  clear() {
    this.dropWrites = false;
    this.latencyMs = 0;
    this.errorRules = [];
  }

  /** dropWrites answers POST, PUT and DELETE as if done, after validation, and changes nothing. */
  drops(method: string): boolean {
    return this.dropWrites && WRITE_METHODS.has(method);
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
    return { dropWrites: this.dropWrites, latencyMs: this.latencyMs, errors: this.errorRules.map((r) => ({ ...r })) };
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method !== undefined) {
    const methods = Array.isArray(match.method) ? match.method : [match.method];
    if (!methods.some((m) => m === method || (m === 'WRITE' && WRITE_METHODS.has(method)))) return false;
  }
  if (match.pathPrefix !== undefined) {
    const prefix = match.pathPrefix;
    if (!path.startsWith(prefix) && !path.startsWith(`/api/v2${prefix}`)) return false;
  }
  return true;
}
