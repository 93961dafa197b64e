// Build the ready BFF (not listening) for the server, tests and benches.
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from './config/env';
import { loadConfig } from './config/env';
import { fastifyTrustProxy } from './config/trust-proxy';
import type { Database } from './db/database';
import { clientErrorHandler } from './http/client-error';
import { frameworkErrors } from './http/framework-errors';
import { BODY_LIMIT_BYTES } from './http/request-errors';
import app from './app';

/** Anything log lines can be written to (pino's destination stream). */
export interface LogStream {
  write(line: string): void;
}

export interface BuildOverrides {
  /** Environment to parse instead of process.env (tests). */
  env?: Record<string, string | undefined>;
  /** Fields to replace in the parsed configuration. */
  config?: Partial<Config>;
  /** An already open database; the caller closes it. */
  database?: Database;
  /** Where log lines go (tests capture them). */
  logStream?: LogStream;
  logLevel?: Config['logLevel'];
}

/** Secrets and credentials never reach a log line. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.clientSecret',
  '*.client_secret',
  '*.access_token',
  '*.csrfToken',
  '*.token',
];

export function loggerOptions(level: Config['logLevel'], stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  } as FastifyServerOptions['logger'];
}

export async function buildApp(overrides: BuildOverrides = {}): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig(overrides.env), ...overrides.config };
  const fastify = Fastify({
    logger: loggerOptions(overrides.logLevel ?? config.logLevel, overrides.logStream),
    // X-Forwarded-* only from the proxies TRUST_PROXY names: request.ip keys the
    // sign-in limits and request.protocol decides the cookie's Secure flag
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: BODY_LIMIT_BYTES,
    // a fresh PGlite data directory plus migrations can take seconds on a busy 2-core machine
    pluginTimeout: 60_000,
    // Path parameters are Zoom ids and UUIDs (64 characters at most); longer ones are a 414.
    routerOptions: { maxParamLength: 200 },
    // Refusals by the router and by Node's parser answer in the API's error shape, not Fastify's
    // (which repeats the address).
    frameworkErrors,
    clientErrorHandler,
  });
  // fp: the app's decorators (database, zoom, sessions…) stay visible on the returned instance.
  await fastify.register(fp(app), { config, ...(overrides.database ? { database: overrides.database } : {}) });
  await fastify.ready();
  return fastify;
}
