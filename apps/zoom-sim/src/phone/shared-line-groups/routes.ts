// Shared line groups: list (Medium, max 300) and get (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { documentedError } from '../../platform/operations';
import { listResponse } from '../../platform/list';
import type { SharedLineGroupRecord } from '../../state/records';

function slgJson(ctx: SimContext, g: SharedLineGroupRecord) {
  return {
    id: g.id,
    display_name: g.displayName,
    extension_id: g.extensionId,
    extension_number: g.extensionNumber,
    status: 'active',
    site: ctx.store.siteRef(g.siteId),
    phone_numbers: ctx.store.phoneNumbersOf(g.extensionId).map((p) => ({ ...p, status: 'available' })),
  };
}

export function registerSharedLineGroupRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/shared_line_groups', async (request) =>
    listResponse(ctx, request, 'shared_line_groups', ctx.store.state.sharedLineGroups.map((g) => slgJson(ctx, g))),
  );
  api.get<{ Params: { slgId: string } }>('/phone/shared_line_groups/:slgId', async (request) => {
    const id = request.params.slgId;
    const g = ctx.store.state.sharedLineGroups.find((x) => x.id === id);
    if (!g) throw documentedError(request, 'Shared line group does not exist: {sharedLineGroupId}.', id);
    const users = g.memberUserIds.flatMap((uid) => {
      const u = ctx.store.user(uid);
      return u ? [{ id: u.id, name: u.name, extension_id: u.extensionId }] : [];
    });
    // The detail's phone numbers carry no status (unlike the list's).
    const phoneNumbers = ctx.store.phoneNumbersOf(g.extensionId);
    return {
      ...slgJson(ctx, g),
      phone_numbers: phoneNumbers,
      timezone: g.timezone,
      primary_number: phoneNumbers[0]?.number,
      members: { users, common_areas: [] },
    };
  });
}
