// IVR routes: /api/v2/channels/voice/ivr/{ivr_id}/menus/{menu_id}/routes[/{route_id}].
// A menu's keys are its routes: changing a key is a PUT of its route, adding
// one a POST, removing one a DELETE. A keypress with no route does nothing.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { write } from '../../platform/api';
import { listResponse } from '../../platform/list';
import { writableFields } from '../body';
import { routeJson } from '../json';
import { findMenu, findRoute } from '../lookup';
import type { MenuParams, RouteParams } from '../lookup';
import { resolveRoute } from './validate';

const BASE = '/api/v2/channels/voice/ivr/:ivrId/menus/:menuId/routes';

export function registerIvrRouteRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get<{ Params: MenuParams }>(BASE, async (request) => {
    const { ivr, menu } = findMenu(ctx.store, request.params);
    return listResponse(request, menu.routes.map((r) => routeJson(ctx.store, ivr, r)));
  });

  api.post<{ Params: MenuParams }>(BASE, async (request, reply) => {
    const answer = write(ctx, request, (store) => {
      const { ivr, menu } = findMenu(store, request.params);
      const fields = writableFields(request);
      const values = resolveRoute(store, ivr, menu, undefined, fields);
      const route = { id: store.newId('route'), ...values };
      menu.routes.push(route);
      return { ivr_route: routeJson(store, ivr, route) };
    });
    return reply.code(201).send(answer);
  });

  api.get<{ Params: RouteParams }>(`${BASE}/:routeId`, async (request) => {
    const { ivr, route } = findRoute(ctx.store, request.params);
    return { ivr_route: routeJson(ctx.store, ivr, route) };
  });

  api.put<{ Params: RouteParams }>(`${BASE}/:routeId`, async (request) => {
    return write(ctx, request, (store) => {
      const { ivr, menu, route } = findRoute(store, request.params);
      const fields = writableFields(request);
      const values = resolveRoute(store, ivr, menu, route, fields);
      delete route.overflowOptions;
      Object.assign(route, values);
      return { ivr_route: routeJson(store, ivr, route) };
    });
  });

  api.delete<{ Params: RouteParams }>(`${BASE}/:routeId`, async (request) =>
    write(ctx, request, (store) => {
      const { ivr, menu, route } = findRoute(store, request.params);
      const answer = { ivr_route: routeJson(store, ivr, route) };
      menu.routes = menu.routes.filter((r) => r.id !== route.id);
      return answer;
    }),
  );
}
