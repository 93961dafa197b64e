// Groups and greetings to pick from. The reference documents describe neither;
// decision 013 takes Zendesk's paths (GET /api/v2/groups, GET
// /api/v2/channels/voice/greetings) and answers items as {id, name} only.
import type { FastifyInstance } from 'fastify';
import { DECIDED_RESOURCES } from '@switchboard/zendesk-facts/decided';
import type { SimContext } from '../../context';
import { listResponse } from '../../platform/list';

export function registerDirectoryRoutes(api: FastifyInstance, ctx: SimContext) {
  api.get(DECIDED_RESOURCES.group.path, async (request) => listResponse(request, ctx.store.state.groups.map(({ id, name }) => ({ id, name }))));
  api.get(DECIDED_RESOURCES.greeting.path, async (request) =>
    listResponse(request, ctx.store.state.greetings.map(({ id, name }) => ({ id, name }))),
  );
}
