// Contact Center flows (read-only here): the account's entry points (Medium),
// the flow list (Medium), a flow (Light), its entry points (Medium) and its
// export as a JSON file (Light). A voice entry point's id is what a Zoom
// Phone IVR key forwards to with action 15 ("the extension ID or contact
// center setting ID"; decision 006).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { listResponse } from '../../platform/list';
import { documentedError } from '../../platform/operations';
import { ccOf } from '../common';
import { entryPointsOf, flowExport, flowJson, voiceEntryJson } from './flow-json';

type ById = { Params: { flowId: string } };

export function registerContactCenterFlowRoutes(api: FastifyInstance, ctx: SimContext) {
  const find = (request: FastifyRequest<ById>, template: string, ...extra: string[]) => {
    const id = request.params.flowId;
    const flow = ccOf(ctx).flows.find((f) => f.id === id);
    if (!flow) throw documentedError(request, template, id, ...extra);
    return flow;
  };

  api.get('/contact_center/flows_entry_points', async (request) =>
    listResponse(ctx, request, 'entry_points', [
      ...ctx.store.state.contactCenterEntryPoints.map(voiceEntryJson),
      ...ccOf(ctx).messagingEntryPoints.map((e) => ({ entry_id: e.entryId, entry_name: e.name, channel: 'messaging', channel_source: e.channelSource })),
    ]),
  );

  api.get('/contact_center/flows', async (request) => listResponse(ctx, request, 'flows', ccOf(ctx).flows.map((f) => flowJson(ctx, f))));

  api.get<ById>('/contact_center/flows/:flowId', async (request) => flowJson(ctx, find(request, 'Flow does not exist: $flowId.')));

  api.get<ById>('/contact_center/flows/:flowId/entry_points', async (request) => {
    const flow = find(request, 'Flow does not exist.');
    const entries = entryPointsOf(ctx, flow);
    return {
      entry_points: entries.map((e) =>
        'number' in e
          ? {
              entry_id: e.entryId,
              entry_name: e.name,
              entry_number: e.number,
              entry_number_type: 2,
              entry_number_country_code: e.number.startsWith('+61') ? 'AU' : 'US',
              entry_number_area_code: e.number.startsWith('+61') ? e.number.slice(3, 4) : e.number.slice(2, 5),
              entry_language: e.language,
            }
          : { entry_id: e.entryId, entry_name: e.name },
      ),
      channel: flow.channel,
      ...(flow.channelSource ? { channel_source: flow.channelSource } : {}),
    };
  });

  // The documents give the answer no content type: a JSON file to download (decisions-contact-center.ts).
  api.get<ById>('/contact_center/flows/:flowId/export', async (request, reply) => {
    const flow = find(request, 'Flow does not exist: $flowId $flowVersion.', 'latest');
    const file = `${flow.name.replace(/[^\w.-]+/g, '_')}.json`;
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file}"`)
      .send(JSON.stringify(flowExport(ctx, flow), null, 2));
  });
}
