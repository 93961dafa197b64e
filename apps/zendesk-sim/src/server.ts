// The Zendesk Talk simulator as a Fastify app: the API at /api/v2/... (paths
// with or without .json), the control plane at /__sim/.... `buildSimulator`
// returns the app without listening (for inject or embedding);
// `startSimulator` listens.
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance } from 'fastify';
import { createContext } from './context';
import type { SimContext } from './context';
import { registerControlRoutes } from './control/routes';
import type { SimulatorOptions } from './options';
import { registerApiGuards } from './platform/api';
import { DECIDED, decidedError } from './platform/decisions';
import { ZendeskApiError, sendZendeskError } from './platform/errors';
import { bindOperations } from './platform/operations';
import { registerRecording } from './platform/recording';
import { registerTalkRoutes } from './talk/routes';

export type { SimulatorOptions } from './options';

declare module 'fastify' {
  interface FastifyInstance {
    /** Named apart from the Zoom simulator's `sim`: a process (the BFF) may embed both. */
    zendeskSim: SimContext;
  }
}

export const isApiPath = (url: string) => url.startsWith('/api/');

export function buildSimulator(opts: SimulatorOptions = {}): FastifyInstance {
  const ctx = createContext(opts);
  const app = Fastify({
    logger: false,
    bodyLimit: 1_048_576,
    exposeHeadRoutes: false,
    // The curl samples call /api/v2/….json, the others the same path without the suffix.
    rewriteUrl: (req) => {
      const url = req.url ?? '/';
      return isApiPath(url) ? url.replace(/\.json(?=\?|$)/, '') : url;
    },
  });
  app.decorate('zendeskSim', ctx);

  app.addHook('onRequest', async (request) => {
    const latency = ctx.faults.latencyMs;
    if (latency > 0 && isApiPath(request.url)) await new Promise((r) => setTimeout(r, latency));
  });
  registerRecording(app, ctx, opts.recordFile);

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof ZendeskApiError) return sendZendeskError(reply, error);
    if (error.statusCode && error.statusCode < 500) return sendZendeskError(reply, decidedError(DECIDED.badJson));
    return sendZendeskError(reply, new ZendeskApiError(500, 'InternalServerError', 'Internal Server Error'));
  });
  app.setNotFoundHandler((_request, reply) => sendZendeskError(reply, decidedError(DECIDED.noEndpoint)));

  app.register(async (api) => {
    bindOperations(api, ctx.operations);
    registerApiGuards(api, ctx);
    registerTalkRoutes(api, ctx);
  });
  registerControlRoutes(app, ctx);
  return app;
}

export interface RunningSimulator {
  /** Base URL, e.g. http://127.0.0.1:4011 — the API is under /api/v2, the control plane under /__sim. */
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const app = buildSimulator(opts);
  const host = opts.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  await app.listen({ host, port: opts.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  return { url: `http://${urlHost}:${port}`, app, close: () => app.close() };
}
