// Call queues: list (Medium, max 100), get (Light), members (Medium).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import type { FastifyRequest } from 'fastify';
import { DECIDED } from '../../platform/decisions';
import { documentedOrDecided } from '../../platform/operations';
import { listResponse, queryOf } from '../../platform/list';
import type { CallQueueRecord } from '../../state/records';

function queueJson(ctx: SimContext, q: CallQueueRecord) {
  return {
    id: q.id,
    name: q.name,
    extension_id: q.extensionId,
    extension_number: q.extensionNumber,
    status: 'active',
    site: ctx.store.siteRef(q.siteId),
    phone_numbers: ctx.store.phoneNumbersOf(q.extensionId).map((p) => ({ ...p, source: 'internal' })),
  };
}

function members(ctx: SimContext, q: CallQueueRecord) {
  return q.memberUserIds.flatMap((id) => {
    const u = ctx.store.user(id);
    return u ? [{ id: u.id, name: u.name, extension_id: u.extensionId, level: 'user', receive_call: true }] : [];
  });
}

// The members list documents a bare 400; both answer what "Get call queue details" documents (decision 006).
function findQueue(ctx: SimContext, request: FastifyRequest, id: string): CallQueueRecord {
  const q = ctx.store.state.callQueues.find((x) => x.id === id);
  if (!q) throw documentedOrDecided(request, 'The Call Queue does not exist, callQueueId:{callQueueId}.', DECIDED.unknownQueueForMembers, id);
  return q;
}

export function registerCallQueueRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/call_queues', async (request) => {
    const siteId = queryOf(request).site_id;
    const queues = ctx.store.state.callQueues.filter((q) => !siteId || q.siteId === siteId);
    return listResponse(ctx, request, 'call_queues', queues.map((q) => queueJson(ctx, q)), siteId ?? '');
  });
  api.get<{ Params: { callQueueId: string } }>('/phone/call_queues/:callQueueId', async (request) => {
    const q = findQueue(ctx, request, request.params.callQueueId);
    return { ...queueJson(ctx, q), timezone: q.timezone, audio_prompt_language: 'en-US', members: { users: members(ctx, q), common_areas: [] } };
  });
  api.get<{ Params: { callQueueId: string } }>('/phone/call_queues/:callQueueId/members', async (request) => {
    const q = findQueue(ctx, request, request.params.callQueueId);
    return listResponse(ctx, request, 'call_queue_members', members(ctx, q), q.id);
  });
}
