// Server-sent events on a hijacked reply: `event: <name>` + `data: <json>`,
// a comment line every 15 s so proxies keep the connection open.
import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SseStream {
  send(event: string, data: unknown): void;
  end(): void;
  /** Called once when the stream ends (by us or because the client left). */
  onEnd(fn: () => void): void;
}

const HEARTBEAT_MS = 15_000;

export function openSse(request: FastifyRequest, reply: FastifyReply): SseStream {
  // Security headers set by earlier hooks still apply to the stream.
  const inherited = Object.fromEntries(Object.entries(reply.getHeaders()).filter(([, v]) => v !== undefined)) as OutgoingHttpHeaders;
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...inherited,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write(': stream open\n\n');
  const enders: (() => void)[] = [];
  let ended = false;
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    for (const fn of enders) fn();
    if (!raw.writableEnded) raw.end();
  };
  request.raw.on('close', end);
  raw.on('close', end);
  return {
    send(event, data) {
      if (!ended) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end,
    onEnd: (fn) => enders.push(fn),
  };
}
