// Contact Center entry points (GET /contact_center/flows_entry_points). A
// voice entry point's id is what a Zoom Phone IVR key forwards to with action
// 15 ("the extension ID or contact center setting ID"; decision 006).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { listResponse } from '../../platform/list';

export function registerContactCenterFlowRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/contact_center/flows_entry_points', async (request) =>
    listResponse(
      ctx,
      request,
      'entry_points',
      ctx.store.state.contactCenterEntryPoints.map((e) => ({
        entry_id: e.entryId,
        entry_name: e.name,
        channel: 'voice',
        entry_number: e.number,
        entry_number_country_code: e.number.startsWith('+61') ? 'AU' : 'US',
        entry_number_type: 2,
      })),
    ),
  );
}
