// Phone numbers: list (Medium, max 100; filters type=assigned|unassigned|all, site_id) and get (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { documentedError } from '../../platform/operations';
import { listResponse, queryOf } from '../../platform/list';
import type { PhoneNumberRecord } from '../../state/records';

const ASSIGNEE_TYPE: Record<string, string> = {
  user: 'user',
  autoReceptionist: 'autoReceptionist',
  callQueue: 'callQueue',
  sharedLineGroup: 'sharedLineGroup',
  commonArea: 'commonArea',
  meetingService: 'meetingService',
};

function numberJson(ctx: SimContext, p: PhoneNumberRecord) {
  const assignee = p.assigneeExtensionId ? ctx.store.resolveExtension(p.assigneeExtensionId) : undefined;
  return {
    id: p.id,
    number: p.number,
    display_name: assignee?.displayName ?? '',
    assignee: assignee
      ? { id: assignee.id, name: assignee.displayName, extension_number: Number(assignee.extensionNumber), type: ASSIGNEE_TYPE[assignee.kind] ?? assignee.kind }
      : undefined,
    capability: ['incoming', 'outgoing'],
    location: ctx.store.site(p.siteId)?.country.name,
    number_type: p.numberType,
    source: 'internal',
    status: 'available',
    site: ctx.store.siteRef(p.siteId),
  };
}

export function registerPhoneNumberRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/numbers', async (request) => {
    const q = queryOf(request);
    const type = q.type ?? 'all';
    const kindOf = (p: PhoneNumberRecord) => (p.assigneeExtensionId ? ctx.store.resolveExtension(p.assigneeExtensionId)?.kind : undefined);
    const numbers = ctx.store.state.phoneNumbers.filter(
      (p) =>
        (!q.site_id || p.siteId === q.site_id) &&
        (type === 'all' || (type === 'assigned') === (p.assigneeExtensionId !== null)) &&
        (!q.extension_type || kindOf(p) === q.extension_type),
    );
    const filters = `${type}|${q.site_id ?? ''}|${q.extension_type ?? ''}`;
    return listResponse(ctx, request, 'phone_numbers', numbers.map((p) => numberJson(ctx, p)), filters);
  });
  api.get<{ Params: { phoneNumberId: string } }>('/phone/numbers/:phoneNumberId', async (request) => {
    const id = request.params.phoneNumberId;
    const p = ctx.store.state.phoneNumbers.find((x) => x.id === id || x.number === id);
    if (!p) throw documentedError(request, 'Phone number does not exist, phonenumberId:{phoneNumberId}', id);
    return numberJson(ctx, p);
  });
}
