// Common areas: list (Medium, max 100) and get (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { documentedError } from '../../platform/operations';
import { listResponse } from '../../platform/list';
import type { CommonAreaRecord } from '../../state/records';

function commonAreaJson(ctx: SimContext, c: CommonAreaRecord) {
  return {
    id: c.id,
    display_name: c.displayName,
    extension_number: c.extensionNumber,
    status: 'online',
    site: ctx.store.siteRef(c.siteId),
    phone_numbers: ctx.store.phoneNumbersOf(c.extensionId).map((p) => ({ ...p, source: 'internal' })),
  };
}

export function registerCommonAreaRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/common_areas', async (request) =>
    listResponse(ctx, request, 'common_areas', ctx.store.state.commonAreas.map((c) => commonAreaJson(ctx, c))),
  );
  api.get<{ Params: { commonAreaId: string } }>('/phone/common_areas/:commonAreaId', async (request) => {
    const id = request.params.commonAreaId;
    const c = ctx.store.state.commonAreas.find((x) => x.id === id);
    if (!c) throw documentedError(request, 'Common area does not exist: {commonAreaId}.', id);
    return commonAreaJson(ctx, c);
  });
}
