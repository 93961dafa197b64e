// IVRs: /api/v2/channels/voice/ivr[/{ivr_id}]. An IVR's menus are read-only
// here (their own resource); a new IVR starts with one default menu, "Main
// menu", with the standard greeting and no routes (decision 013). DELETE
// answers 200 with the deleted IVR, as documented.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { write } from '../../platform/api';
import { listResponse } from '../../platform/list';
import type { IvrRecord } from '../../state/records';
import { writableFields } from '../body';
import { ivrJson } from '../json';
import { findIvr } from '../lookup';
import type { IvrParams } from '../lookup';
import { resolveIvr } from './validate';

const BASE = '/api/v2/channels/voice/ivr';

export function registerIvrRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get(BASE, async (request) => listResponse(request, ctx.store.state.ivrs.map((i) => ivrJson(ctx.store, i))));

  api.post(BASE, async (request, reply) => {
    const answer = write(ctx, request, (store) => {
      const values = resolveIvr(store, undefined, writableFields(request));
      const ivr: IvrRecord = { id: store.newId('ivr'), ...values, menus: [] };
      ivr.menus.push({ id: store.newId('menu'), name: 'Main menu', isDefault: true, greetingId: store.defaultGreeting()?.id ?? 0, routes: [] });
      store.state.ivrs.push(ivr);
      return { ivr: ivrJson(store, ivr) };
    });
    return reply.code(201).send(answer);
  });

  api.get<{ Params: IvrParams }>(`${BASE}/:ivrId`, async (request) => ({ ivr: ivrJson(ctx.store, findIvr(ctx.store, request.params)) }));

  api.put<{ Params: IvrParams }>(`${BASE}/:ivrId`, async (request) =>
    write(ctx, request, (store) => {
      const ivr = findIvr(store, request.params);
      Object.assign(ivr, resolveIvr(store, ivr, writableFields(request)));
      return { ivr: ivrJson(store, ivr) };
    }),
  );

  api.delete<{ Params: IvrParams }>(`${BASE}/:ivrId`, async (request) =>
    write(ctx, request, (store) => {
      const ivr = findIvr(store, request.params);
      const answer = { ivr: ivrJson(store, ivr) };
      store.state.ivrs = store.state.ivrs.filter((i) => i.id !== ivr.id);
      return answer;
    }),
  );
}
