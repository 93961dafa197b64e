// Closure sets (Operating Hours): list (Medium), get, create, update, delete
// and the sets' `/queues` and `/flows` lists (Light). A set holds closures
// in its time zone; one set is the account default.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { listResponse } from '../../platform/list';
import { bodyProblems, documentedError } from '../../platform/operations';
import type { CcClosureRecord, CcClosureSetRecord } from '../../state/contact-center';
import { bodyOf, ccOf, ccValidationFailed, isNonEmptyString } from '../common';
import { canonicalZone } from '../time-zones';
import { defaultClosureSet, flowRef, flowsUsingClosureSet, queueRef, queuesUsingClosureSet } from '../usage';
import { buildClosure } from './closure-rules';
import { closureJson, closureSetJson } from './closure-json';
import { patchedClosures } from './patch';

type ById = { Params: { closureSetId: string } };

export function registerClosureRoutes(api: FastifyInstance, ctx: SimContext) {
  const find = (request: FastifyRequest<ById>, template: string) => {
    const id = request.params.closureSetId;
    const found = ccOf(ctx).closureSets.find((s) => s.id === id);
    if (!found) throw documentedError(request, template, id);
    return found;
  };
  const zoneOf = (request: FastifyRequest, value: unknown) => {
    const zone = canonicalZone(value);
    if (!zone) throw documentedError(request, 'Timezone does not exist.');
    return zone;
  };
  const uniqueName = (request: FastifyRequest, name: string, self?: CcClosureSetRecord) => {
    const key = name.trim().toLowerCase();
    if (ccOf(ctx).closureSets.some((s) => s !== self && s.name.trim().toLowerCase() === key)) throw documentedError(request, 'The name already exists.');
  };
  const uniqueClosureNames = (request: FastifyRequest, closures: CcClosureRecord[]) => {
    const seen = new Set<string>();
    for (const c of closures) {
      const key = c.name.trim().toLowerCase();
      if (seen.has(key)) throw documentedError(request, 'The closure name has already been duplicated: $closure_name.', c.name);
      seen.add(key);
    }
  };
  const makeDefault = (set: CcClosureSetRecord) => {
    for (const s of ccOf(ctx).closureSets) s.accountDefault = s === set;
  };

  api.get('/contact_center/closures', async (request) => {
    const cc = ccOf(ctx);
    const items = cc.closureSets.map((s) => ({
      closure_set_id: s.id,
      closure_set_name: s.name,
      timezone: s.timezone,
      account_default: s.accountDefault,
      queues_count: queuesUsingClosureSet(cc, s.id).length,
      flows_count: flowsUsingClosureSet(cc, s.id).length,
      closures: s.closures.map((c) => closureJson(c, s.timezone)),
    }));
    return listResponse(ctx, request, 'closure_sets', items);
  });

  api.get<ById>('/contact_center/closures/:closureSetId', async (request) => closureSetJson(find(request, 'Closures set does not exist: $closureId.')));

  api.post('/contact_center/closures', async (request, reply) => {
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    if (!isNonEmptyString(body.closure_set_name)) throw ccValidationFailed(request);
    const timezone = zoneOf(request, body.timezone);
    uniqueName(request, body.closure_set_name);
    const entries = body.closures as unknown[];
    if (entries.length === 0) throw ccValidationFailed(request);
    const closures = entries.map((entry) => buildClosure(request, entry as Record<string, unknown>, timezone, ctx.store.newId()));
    uniqueClosureNames(request, closures);
    const set: CcClosureSetRecord = {
      id: ctx.store.newId(),
      name: body.closure_set_name,
      description: typeof body.closure_set_description === 'string' ? body.closure_set_description : '',
      timezone,
      accountDefault: false,
      closures,
    };
    ccOf(ctx).closureSets.push(set);
    if (body.account_default === true || !defaultClosureSet(ccOf(ctx))) makeDefault(set);
    return reply.code(201).send(closureSetJson(set));
  });

  api.patch<ById>('/contact_center/closures/:closureSetId', async (request, reply) => {
    const set = find(request, 'Closure set does not exist: $closureSetId.');
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    if (!isNonEmptyString(body.closure_set_name)) throw ccValidationFailed(request);
    const timezone = zoneOf(request, body.timezone);
    uniqueName(request, body.closure_set_name, set);
    const closures = patchedClosures(request, set, body.closures as unknown[], timezone, () => ctx.store.newId());
    uniqueClosureNames(request, closures);
    commit(ctx, request, () => {
      set.name = body.closure_set_name as string;
      if (typeof body.closure_set_description === 'string') set.description = body.closure_set_description;
      set.timezone = timezone;
      set.closures = closures;
      // Only `true` changes the default; a set stops being the default when another becomes it.
      if (body.account_default === true) makeDefault(set);
    });
    return reply.code(204).send();
  });

  api.delete<ById>('/contact_center/closures/:closureSetId', async (request, reply) => {
    const set = find(request, 'Closure set does not exist: $closureSetId.');
    if (set.accountDefault) throw documentedError(request, 'The closures of account default cannot be deleted.');
    commit(ctx, request, () => {
      const cc = ccOf(ctx);
      // Queues and flows that used it fall back to the account default (decisions-contact-center.ts).
      for (const q of queuesUsingClosureSet(cc, set.id)) q.closureSet = { followDefault: true, id: null };
      const fallback = defaultClosureSet(cc)?.id;
      for (const f of flowsUsingClosureSet(cc, set.id)) {
        f.closureSetIds = [...new Set(f.closureSetIds.map((id) => (id === set.id ? fallback : id)).filter((id): id is string => !!id))];
      }
      cc.closureSets = cc.closureSets.filter((s) => s !== set);
    });
    return reply.code(204).send();
  });

  api.get<ById>('/contact_center/closures/:closureSetId/queues', async (request) => {
    const set = find(request, 'Closures set does not exist: $closureSetId.');
    return listResponse(ctx, request, 'queues', queuesUsingClosureSet(ccOf(ctx), set.id).map(queueRef), set.id);
  });

  api.get<ById>('/contact_center/closures/:closureSetId/flows', async (request) => {
    const set = find(request, 'Closures set does not exist: $closureSetId.');
    return listResponse(ctx, request, 'flows', flowsUsingClosureSet(ccOf(ctx), set.id).map(flowRef), set.id);
  });
}
