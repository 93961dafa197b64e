// Contact Center queues: list (Medium), get, and the queue's operating hours
// (get, update; Light). `{queueId}` takes the task queue's id or the Contact
// Center queue's id (decisions-contact-center.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { listResponse } from '../../platform/list';
import { documentedError } from '../../platform/operations';
import type { CcQueueRecord } from '../../state/contact-center';
import { ccOf } from '../common';
import { operatingHoursJson, patchOperatingHours } from './operating-hours';

type ById = { Params: { queueId: string } };

export function registerQueueRoutes(api: FastifyInstance, ctx: SimContext) {
  const find = (request: FastifyRequest<ById>) => {
    const id = request.params.queueId;
    const found = ccOf(ctx).queues.find((q) => q.queueId === id || q.ccQueueId === id);
    if (!found) throw documentedError(request, 'Queue does not exist: $queueId.', id);
    return found;
  };
  const summary = (q: CcQueueRecord) => ({
    queue_id: q.queueId,
    cc_queue_id: q.ccQueueId,
    queue_name: q.name,
    channel: q.channel,
    channel_types: [...q.channelTypes],
    agents_count: q.agentsCount,
    supervisors_count: q.supervisorsCount,
    modified_by: q.modifiedBy,
    last_modified_time: q.lastModified,
  });

  api.get('/contact_center/queues', async (request) => listResponse(ctx, request, 'queues', ccOf(ctx).queues.map(summary)));

  api.get<ById>('/contact_center/queues/:queueId', async (request) => {
    const q = find(request);
    const o = q.overflow;
    return {
      queue_id: q.queueId,
      cc_queue_id: q.ccQueueId,
      queue_name: q.name,
      queue_description: q.description,
      channel: q.channel,
      channel_types: [...q.channelTypes],
      max_wait_time: q.maxWaitTime,
      wrap_up_time: q.wrapUpTime,
      overflow_to_goodbye_message: o.defaultGoodbye || o.goodbyeAssetId !== null,
      ...(o.goodbyeAssetId ? { overflow_to_goodbye_message_asset_id: o.goodbyeAssetId } : {}),
      ...(o.queueId ? { overflow_to_queue_id: o.queueId } : {}),
      ...(o.flowId ? { overflow_to_flow_id: o.flowId } : {}),
      ...(o.inboxId ? { overflow_to_inbox_id: o.inboxId } : {}),
    };
  });

  api.get<ById>('/contact_center/queues/:queueId/operating_hours', async (request) => operatingHoursJson(ctx, find(request)));

  api.patch<ById>('/contact_center/queues/:queueId/operating_hours', async (request, reply) => {
    const queue = find(request);
    const change = patchOperatingHours(ctx, request, queue);
    commit(ctx, request, change);
    return reply.code(204).send();
  });
}
