// The only module that reads process.env. Everything else receives a parsed
// `Config`. Invalid settings stop the server with one sentence per problem.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { ZOOM_PLANS } from '@switchboard/zoom-schema/rate-limits';
import { parseTrustProxy } from './trust-proxy';
import type { TrustProxy } from './trust-proxy';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const port = (fallback: number, name: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${name} must be a port number.` })
      .int({ error: `${name} must be a whole number.` })
      .min(0, { error: `${name} must be between 0 and 65535.` })
      .max(65535, { error: `${name} must be between 0 and 65535.` })
      .default(fallback),
  );
const url = (fallback: string, name: string) =>
  z.preprocess(emptyToUndefined, z.url({ error: `${name} must be a URL such as ${fallback}.` }).default(fallback));

/** apps/bff/../web/dist, resolved from this file in src/ or from the bundle in dist/. */
function defaultWebDist(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', here.endsWith(`${path.sep}config`) ? '..' : '', '..', 'web', 'dist');
}

export const envSchema = z
  .object({
    HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
    PORT: port(3000, 'PORT'),
    ZOOM_ACCOUNT_ID: optionalString,
    ZOOM_CLIENT_ID: optionalString,
    ZOOM_CLIENT_SECRET: optionalString,
    ZOOM_API_BASE_URL: url('https://api.zoom.us/v2', 'ZOOM_API_BASE_URL'),
    ZOOM_OAUTH_BASE_URL: url('https://zoom.us', 'ZOOM_OAUTH_BASE_URL'),
    ZOOM_PLAN: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim().toLowerCase() || undefined) : v),
      z.enum(ZOOM_PLANS, { error: 'ZOOM_PLAN must be "pro" or "business".' }).default('pro'),
    ),
    ZENDESK_SUBDOMAIN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,62}$/i, { error: 'ZENDESK_SUBDOMAIN must be the subdomain alone, e.g. "acme" for acme.zendesk.com.' })
        .optional(),
    ),
    ZENDESK_EMAIL: z.preprocess(emptyToUndefined, z.email({ error: 'ZENDESK_EMAIL must be the email address of the Zendesk agent the API token belongs to.' }).optional()),
    ZENDESK_API_TOKEN: optionalString,
    /** Where Zendesk's API is (tests, proxies); https://{ZENDESK_SUBDOMAIN}.zendesk.com by default. */
    ZENDESK_API_BASE_URL: z.preprocess(emptyToUndefined, z.url({ error: 'ZENDESK_API_BASE_URL must be a URL such as https://acme.zendesk.com.' }).optional()),
    SIM_PORT: port(0, 'SIM_PORT'),
    /** Demo mode: append every request the simulator answers to this file (the conformance suite reads it). */
    SIM_RECORD_FILE: optionalString,
    /** Demo mode: the same for the Zendesk Talk simulator. */
    ZENDESK_SIM_RECORD_FILE: optionalString,
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL must be a postgres:// connection URL.' })
        .optional(),
    ),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./.data')),
    REDIS_URL: z.preprocess(
      emptyToUndefined,
      z.string().regex(/^rediss?:\/\//, { error: 'REDIS_URL must be a redis:// URL.' }).optional(),
    ),
    /** Starts every Redis key and channel: replicas of one deployment share it, other deployments pick another. */
    REDIS_KEY_PREFIX: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9:_.-]{1,64}$/, { error: 'REDIS_KEY_PREFIX may hold letters, digits and : _ . - (at most 64).' })
        .default('switchboard:'),
    ),
    SESSION_TTL_HOURS: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: 'SESSION_TTL_HOURS must be a number of hours.' })
        .positive({ error: 'SESSION_TTL_HOURS must be more than 0.' })
        .max(24 * 30, { error: 'SESSION_TTL_HOURS may be at most 720 (30 days).' })
        .default(12),
    ),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent.',
        })
        .default('info'),
    ),
    WEB_DIST: z.preprocess(emptyToUndefined, z.string().optional()),
    /** Which proxy's X-Forwarded-For / -Proto / -Host to believe (config/trust-proxy.ts). */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((text, ctx) => {
        const parsed = parseTrustProxy(text);
        if ('value' in parsed) return parsed.value;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }),
  })
  .superRefine((env, ctx) => {
    const creds = [env.ZOOM_ACCOUNT_ID, env.ZOOM_CLIENT_ID, env.ZOOM_CLIENT_SECRET];
    const set = creds.filter(Boolean).length;
    if (set !== 0 && set !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['ZOOM_CLIENT_SECRET'],
        message:
          'Set all three of ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET for a real Zoom account, or none of them for demo mode.',
      });
    }
    const zendesk = [env.ZENDESK_SUBDOMAIN, env.ZENDESK_EMAIL, env.ZENDESK_API_TOKEN].filter(Boolean).length;
    if (zendesk !== 0 && zendesk !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['ZENDESK_API_TOKEN'],
        message:
          'Set all three of ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN for a real Zendesk account, or none of them (demo mode then simulates Zendesk Talk).',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface ZoomCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** A Zendesk agent's API token: Basic `{email}/token:{apiToken}`. Never logged, never sent to the browser. */
export interface ZendeskCredentials {
  subdomain: string;
  email: string;
  apiToken: string;
}

export interface Config {
  host: string;
  port: number;
  mode: 'demo' | 'zoom';
  zoom: {
    /** Absent in demo mode: the simulator's credentials are used. */
    credentials: ZoomCredentials | null;
    apiBaseUrl: string;
    oauthBaseUrl: string;
    plan: Env['ZOOM_PLAN'];
  };
  zendesk: {
    /** Absent: demo mode starts the Zendesk Talk simulator; with a real Zoom account Zendesk is then not connected. */
    credentials: ZendeskCredentials | null;
    /** https://{subdomain}.zendesk.com, or ZENDESK_API_BASE_URL; null without credentials. */
    apiBaseUrl: string | null;
  };
  simPort: number;
  simRecordFile: string | null;
  zendeskSimRecordFile: string | null;
  db: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };
  /** Set: the replicas share state through this Redis (replicas/shared-state.ts). */
  redisUrl: string | null;
  redisPrefix: string;
  sessionTtlHours: number;
  logLevel: Env['LOG_LEVEL'];
  webDist: string;
  /** Whose X-Forwarded-* headers to believe; decides request.ip and request.protocol. */
  trustProxy: TrustProxy;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse an environment (process.env by default) into a Config or throw a ConfigError. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => i.message);
    throw new ConfigError(`Switchboard cannot start: ${lines.join(' ')}`);
  }
  const env = parsed.data;
  const credentials =
    env.ZOOM_ACCOUNT_ID && env.ZOOM_CLIENT_ID && env.ZOOM_CLIENT_SECRET
      ? { accountId: env.ZOOM_ACCOUNT_ID, clientId: env.ZOOM_CLIENT_ID, clientSecret: env.ZOOM_CLIENT_SECRET }
      : null;
  return {
    host: env.HOST,
    port: env.PORT,
    mode: credentials ? 'zoom' : 'demo',
    zoom: {
      credentials,
      apiBaseUrl: env.ZOOM_API_BASE_URL.replace(/\/+$/, ''),
      oauthBaseUrl: env.ZOOM_OAUTH_BASE_URL.replace(/\/+$/, ''),
      plan: env.ZOOM_PLAN,
    },
    zendesk: zendeskConfig(env),
    simPort: env.SIM_PORT,
    simRecordFile: env.SIM_RECORD_FILE ? path.resolve(env.SIM_RECORD_FILE) : null,
    zendeskSimRecordFile: env.ZENDESK_SIM_RECORD_FILE ? path.resolve(env.ZENDESK_SIM_RECORD_FILE) : null,
    db: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR) },
    redisUrl: env.REDIS_URL ?? null,
    redisPrefix: env.REDIS_KEY_PREFIX,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    logLevel: env.LOG_LEVEL,
    webDist: path.resolve(env.WEB_DIST ?? defaultWebDist()),
    trustProxy: env.TRUST_PROXY,
  };
}

function zendeskConfig(env: Env): Config['zendesk'] {
  if (!env.ZENDESK_SUBDOMAIN || !env.ZENDESK_EMAIL || !env.ZENDESK_API_TOKEN) return { credentials: null, apiBaseUrl: null };
  return {
    credentials: { subdomain: env.ZENDESK_SUBDOMAIN, email: env.ZENDESK_EMAIL, apiToken: env.ZENDESK_API_TOKEN },
    apiBaseUrl: (env.ZENDESK_API_BASE_URL ?? `https://${env.ZENDESK_SUBDOMAIN}.zendesk.com`).replace(/\/+$/, ''),
  };
}
