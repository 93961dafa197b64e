// The Zoom simulator as a Fastify app: OAuth at /oauth/token, the API at
// /v2/..., the control plane at /__sim/.... `buildSimulator` returns the app
// without listening (for inject or embedding); `startSimulator` listens.
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { createContext } from './context';
import type { SimContext } from './context';
import { registerControlRoutes } from './control/routes';
import { registerOAuthRoutes } from './oauth/routes';
import type { SimulatorOptions } from './options';
import { registerApiGuards } from './platform/api';
import { ZoomApiError, sendZoomError } from './platform/errors';
import { registerTracking } from './platform/tracking';
import { registerPhoneRoutes } from './phone/routes';

export type { SimulatorOptions } from './options';

declare module 'fastify' {
  interface FastifyInstance {
    sim: SimContext;
  }
}

const isZoomPath = (url: string) => url.startsWith('/v2/') || url.startsWith('/oauth/');

export function buildSimulator(opts: SimulatorOptions = {}): FastifyInstance {
  const ctx = createContext(opts);
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.decorate('sim', ctx);

  // OAuth clients may send an x-www-form-urlencoded body.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  registerTracking(app);

  app.addHook('onRequest', async (request) => {
    const latency = ctx.faults.latencyMs;
    if (latency > 0 && isZoomPath(request.url)) await new Promise((r) => setTimeout(r, latency));
  });

  app.addHook('onResponse', async (request, reply) => {
    if (!isZoomPath(request.url)) return;
    const [path = ''] = request.url.split('?');
    ctx.log.add({
      method: request.method,
      path,
      query: { ...(request.query as Record<string, unknown>) },
      body: request.body ?? null,
      status: reply.statusCode,
      at: new Date(ctx.clock()).toISOString(),
    });
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof ZoomApiError) return sendZoomError(reply, error.status, error.code, error.message);
    if (error.statusCode && error.statusCode < 500) {
      const message = error.code?.startsWith('FST_ERR_CTP') ? 'Request Body should be a valid JSON object.' : error.message;
      return sendZoomError(reply, error.statusCode === 415 ? 415 : 400, 300, message);
    }
    return sendZoomError(reply, 500, 500, 'Internal Error.');
  });

  app.setNotFoundHandler((request, reply) =>
    sendZoomError(reply, 404, 404, `No such API: ${request.method} ${request.url.split('?')[0] ?? ''}.`),
  );

  registerOAuthRoutes(app, ctx);
  app.register(
    async (api) => {
      registerApiGuards(api, ctx);
      registerPhoneRoutes(api, ctx);
    },
    { prefix: '/v2' },
  );
  registerControlRoutes(app, ctx);
  return app;
}

export interface RunningSimulator {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const app = buildSimulator(opts);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ host, port: opts.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${urlHost}:${port}`, app, close: () => app.close() };
}
