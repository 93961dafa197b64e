// Every API call is logged once (GET /__sim/requests): when answered, or with
// status 499 when the client went away first. Request taps (and the record
// file) also get the answer's JSON, for conformance checks.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../context';
import { notifyTaps, tapsActive } from '../control/request-taps';

const isApi = (url: string) => url.startsWith('/api/');

export function registerRecording(app: FastifyInstance, ctx: SimContext, recordFile: string | undefined) {
  const answers = new WeakMap<object, unknown>();
  app.addHook('onSend', async (request, reply, payload) => {
    if ((tapsActive() || recordFile) && isApi(request.url) && typeof payload === 'string' && payload !== '') {
      if (String(reply.getHeader('content-type') ?? '').includes('json')) answers.set(request, JSON.parse(payload) as unknown);
    }
    return payload;
  });

  const logged = new WeakSet<object>();
  const record = (request: FastifyRequest, status: number) => {
    if (!isApi(request.url) || logged.has(request)) return;
    logged.add(request);
    const [path = ''] = request.originalUrl.split('?');
    const query = { ...(request.query as Record<string, unknown>) };
    const body = request.body ?? null;
    ctx.log.add({ method: request.method, path, query, body, status, at: new Date(ctx.clock()).toISOString() });
    if (tapsActive() || recordFile) {
      const contentType = request.headers['content-type'] ?? null;
      const entry = { method: request.method, path, query, body, contentType, status, response: answers.get(request), injected: request.injectedFault === true };
      notifyTaps(entry, recordFile);
    }
  };
  app.addHook('onResponse', async (request, reply) => record(request, reply.raw.writableEnded ? reply.statusCode : 499));
  app.addHook('onRequestAbort', async (request) => record(request, 499));
}
