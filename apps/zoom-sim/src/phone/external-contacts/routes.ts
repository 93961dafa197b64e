// External contacts: list (Light, max 300) and get (Light).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { documentedError } from '../../platform/operations';
import { listResponse } from '../../platform/list';
import type { ExternalContactRecord } from '../../state/records';

function contactJson(c: ExternalContactRecord) {
  return {
    external_contact_id: c.externalContactId,
    id: c.id,
    name: c.name,
    email: c.email,
    description: c.description,
    extension_number: c.extensionNumber,
    phone_numbers: [...c.phoneNumbers],
    auto_call_recorded: false,
    enable_internal_extension: true,
  };
}

export function registerExternalContactRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/external_contacts', async (request) =>
    listResponse(ctx, request, 'external_contacts', ctx.store.state.externalContacts.map(contactJson)),
  );
  api.get<{ Params: { externalContactId: string } }>(
    '/phone/external_contacts/:externalContactId',
    async (request) => {
      const id = request.params.externalContactId;
      const c = ctx.store.state.externalContacts.find((x) => x.externalContactId === id || x.id === id);
      if (!c) throw documentedError(request, 'External contact does not exist: {externalContactId}.', id);
      return contactJson(c);
    },
  );
}
