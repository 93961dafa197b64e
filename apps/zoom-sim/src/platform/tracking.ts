// Every response, errors included, carries a unique `x-zm-trackingid`.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ZOOM_TRACKING_HEADER } from '@switchboard/zoom-schema/errors';

export function newTrackingId(): string {
  return `SIM_${randomBytes(16).toString('hex')}`;
}

export function registerTracking(app: FastifyInstance) {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header(ZOOM_TRACKING_HEADER, newTrackingId());
  });
}
