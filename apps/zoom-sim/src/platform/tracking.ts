// Every response, errors included, carries a unique `x-zm-trackingid` — the
// id Zoom support asks for.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export const TRACKING_HEADER = 'x-zm-trackingid';

export function newTrackingId(): string {
  return `SIM_${randomBytes(16).toString('hex')}`;
}

export function registerTracking(app: FastifyInstance) {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header(TRACKING_HEADER, newTrackingId());
  });
}
