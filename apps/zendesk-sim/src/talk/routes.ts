// Zendesk Talk endpoints, one folder per resource.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context';
import { registerDirectoryRoutes } from './directory/routes';
import { registerIvrRouteRoutes } from './ivr-routes/routes';
import { registerIvrRoutes } from './ivrs/routes';
import { registerMenuRoutes } from './menus/routes';

export function registerTalkRoutes(api: FastifyInstance, ctx: SimContext) {
  registerIvrRoutes(api, ctx);
  registerMenuRoutes(api, ctx);
  registerIvrRouteRoutes(api, ctx);
  registerDirectoryRoutes(api, ctx);
}
