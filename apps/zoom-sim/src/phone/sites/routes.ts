// GET /phone/sites (Medium, max page 300) and GET /phone/sites/{siteId} (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { documentedError } from '../../platform/operations';
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
  api.get('/phone/sites', async (request) =>
    listResponse(ctx, request, 'sites', ctx.store.state.sites.map((s) => siteJson(ctx, s))),
  );
  api.get<{ Params: { siteId: string } }>('/phone/sites/:siteId', async (request) => {
    const site = ctx.store.site(request.params.siteId);
    if (!site) throw documentedError(request, 'The site does not exist.');
    return { ...siteJson(ctx, site), short_extension: { length: 4 } };
  });
}
