// The Zoom simulator as a Fastify app: OAuth at /oauth/token, the API at
// /v2/..., the control plane at /__sim/.... `buildSimulator` returns the app
// without listening (for inject or embedding); `startSimulator` listens.
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { createContext } from './context';
import type { SimContext } from './context';
import { registerContactCenterRoutes } from './contact-center/routes';
import { notifyTaps, tapsActive } from './control/request-taps';
import { registerControlRoutes } from './control/routes';
import { buildFileHost } from './files/file-host';
import { registerOAuthRoutes } from './oauth/routes';
import type { SimulatorOptions } from './options';
import { registerApiGuards } from './platform/api';
import { ZoomApiError, sendZoomError } from './platform/errors';
import { bindOperations } from './platform/operations';
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
  const app = Fastify({ logger: false, bodyLimit: 1_048_576, exposeHeadRoutes: false });
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

  // Keep the JSON answers of API calls for request taps (the conformance suite).
  const answers = new WeakMap<object, unknown>();
  app.addHook('onSend', async (request, reply, payload) => {
    if ((tapsActive() || opts.recordFile) && request.url.startsWith('/v2/') && typeof payload === 'string' && payload !== '') {
      // A downloaded file (a flow export) is not an answer with a documented shape.
      const file = String(reply.getHeader('content-disposition') ?? '').startsWith('attachment');
      if (!file && String(reply.getHeader('content-type') ?? '').includes('json')) answers.set(request, JSON.parse(payload) as unknown);
    }
    return payload;
  });

  // Every API call is logged once: when answered, or (status 499, as proxies log
  // it) when the client went away first — a request Zoom received still counts
  // even if its caller never saw the answer.
  const logged = new WeakSet<object>();
  const record = (request: FastifyRequest, status: number) => {
    if (!isZoomPath(request.url) || logged.has(request)) return;
    logged.add(request);
    const [path = ''] = request.url.split('?');
    const query = { ...(request.query as Record<string, unknown>) };
    ctx.log.add({ method: request.method, path, query, body: request.body ?? null, status, at: new Date(ctx.clock()).toISOString() });
    if (path.startsWith('/v2/') && (tapsActive() || opts.recordFile)) {
      const entry = {
        method: request.method,
        path: path.slice('/v2'.length),
        query,
        body: request.body ?? null,
        contentType: request.headers['content-type'] ?? null,
        status,
        response: answers.get(request),
        injected: request.injectedFault === true,
      };
      notifyTaps(entry, opts.recordFile);
    }
  };
  app.addHook('onResponse', async (request, reply) => record(request, reply.raw.writableFinished ? reply.statusCode : 499));
  app.addHook('onRequestAbort', async (request) => record(request, 499));

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
      bindOperations(api, ctx.operations);
      registerApiGuards(api, ctx);
      registerPhoneRoutes(api, ctx);
      registerContactCenterRoutes(api, ctx);
    },
    { prefix: '/v2' },
  );
  registerControlRoutes(app, ctx);
  return app;
}

export interface RunningSimulator {
  url: string;
  /** The separate file host that play_url links point at. */
  fileUrl: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const app = buildSimulator(opts);
  const host = opts.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const files = buildFileHost(app.sim);
  const fileUrl = await listenOn(files, host, urlHost, opts.filePort ?? 0);
  app.sim.fileBaseUrl = fileUrl;
  try {
    const url = await listenOn(app, host, urlHost, opts.port ?? 0);
    return { url, fileUrl, app, close: async () => void (await Promise.all([app.close(), files.close()])) };
  } catch (err) {
    await files.close();
    throw err;
  }
}

async function listenOn(server: FastifyInstance, host: string, urlHost: string, port: number): Promise<string> {
  await server.listen({ host, port });
  const address = server.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return `http://${urlHost}:${bound}`;
}
