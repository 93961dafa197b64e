// GET /phone/sites (Medium, max page 300) and GET /phone/sites/{siteId} (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { ZoomApiError } from '../../platform/errors';
import { listResponse } from '../../platform/list';
import type { SiteRecord } from '../../state/records';

function siteJson(ctx: SimContext, s: SiteRecord) {
  const main = ctx.store.autoReceptionist(s.mainAutoReceptionistId);
  return {
    id: s.id,
    name: s.name,
    site_code: s.siteCode,
    country: s.country,
    main_auto_receptionist: main
      ? { id: main.id, name: main.name, extension_id: main.extensionId, extension_number: main.extensionNumber }
      : undefined,
  };
}

export function registerSiteRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/sites', { config: { label: 'medium' } }, async (request) =>
    listResponse(ctx, request, 'sites', ctx.store.state.sites.map((s) => siteJson(ctx, s)), 300),
  );
  api.get<{ Params: { siteId: string } }>('/phone/sites/:siteId', { config: { label: 'light' } }, async (request) => {
    const site = ctx.store.site(request.params.siteId);
    if (!site) throw new ZoomApiError(400, 400, 'The site does not exist.');
    return { ...siteJson(ctx, site), short_extension: { length: 4 } };
  });
}
