// Call queues: list (Medium, max 100), get (Light), members (Medium).
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../../context';
import { ZoomApiError } from '../../platform/errors';
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

function findQueue(ctx: SimContext, id: string): CallQueueRecord {
  const q = ctx.store.state.callQueues.find((x) => x.id === id);
  if (!q) throw new ZoomApiError(404, 13000, `The Call Queue does not exist, callQueueId:${id}.`);
  return q;
}

export function registerCallQueueRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get('/phone/call_queues', { config: { label: 'medium' } }, async (request) => {
    const siteId = queryOf(request).site_id;
    const queues = ctx.store.state.callQueues.filter((q) => !siteId || q.siteId === siteId);
    return listResponse(ctx, request, 'call_queues', queues.map((q) => queueJson(ctx, q)), 100, siteId ?? '');
  });
  api.get<{ Params: { callQueueId: string } }>('/phone/call_queues/:callQueueId', { config: { label: 'light' } }, async (request) => {
    const q = findQueue(ctx, request.params.callQueueId);
    return { ...queueJson(ctx, q), timezone: q.timezone, audio_prompt_language: 'en-US', members: { users: members(ctx, q), common_areas: [] } };
  });
  api.get<{ Params: { callQueueId: string } }>('/phone/call_queues/:callQueueId/members', { config: { label: 'medium' } }, async (request) => {
    const q = findQueue(ctx, request.params.callQueueId);
    return listResponse(ctx, request, 'call_queue_members', members(ctx, q), 300, q.id);
  });
}
