// IVR menus: /api/v2/channels/voice/ivr/{ivr_id}/menus[/{menu_id}].
// A menu's routes are read-only here; they are their own resource.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { write } from '../../platform/api';
import { listResponse } from '../../platform/list';
import { writableFields } from '../body';
import { menuJson } from '../json';
import { findIvr, findMenu } from '../lookup';
import type { IvrParams, MenuParams } from '../lookup';
import { applyMenu, deleteProblems, resolveMenu } from './validate';

const BASE = '/api/v2/channels/voice/ivr/:ivrId/menus';

export function registerMenuRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get<{ Params: IvrParams }>(BASE, async (request) => {
    const ivr = findIvr(ctx.store, request.params);
    return listResponse(request, ivr.menus.map((m) => menuJson(ctx.store, ivr, m)));
  });

  api.post<{ Params: IvrParams }>(BASE, async (request, reply) => {
    const answer = write(ctx, request, (store) => {
      const ivr = findIvr(store, request.params);
      const values = resolveMenu(store, undefined, writableFields(request));
      const menu = { id: store.newId('menu'), ...values, routes: [] };
      ivr.menus.push(menu);
      applyMenu(ivr, menu, values);
      return { ivr_menu: menuJson(store, ivr, menu) };
    });
    return reply.code(201).send(answer);
  });

  api.get<{ Params: MenuParams }>(`${BASE}/:menuId`, async (request) => {
    const { ivr, menu } = findMenu(ctx.store, request.params);
    return { ivr_menu: menuJson(ctx.store, ivr, menu) };
  });

  api.put<{ Params: MenuParams }>(`${BASE}/:menuId`, async (request) =>
    write(ctx, request, (store) => {
      const { ivr, menu } = findMenu(store, request.params);
      applyMenu(ivr, menu, resolveMenu(store, menu, writableFields(request)));
      return { ivr_menu: menuJson(store, ivr, menu) };
    }),
  );

  api.delete<{ Params: MenuParams }>(`${BASE}/:menuId`, async (request) =>
    write(ctx, request, (store) => {
      const { ivr, menu } = findMenu(store, request.params);
      deleteProblems(ivr, menu).throwIfAny();
      const answer = { ivr_menu: menuJson(store, ivr, menu) };
      ivr.menus = ivr.menus.filter((m) => m.id !== menu.id);
      return answer;
    }),
  );
}
