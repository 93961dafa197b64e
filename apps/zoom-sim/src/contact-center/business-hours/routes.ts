// Business hours (Operating Hours): list (Medium), get, create, update,
// delete and the sets' `/queues` and `/flows` lists (Light). One set is the
// account default; a queue following the default uses whichever set it is.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { commit } from '../../platform/api';
import { listResponse } from '../../platform/list';
import { bodyProblems, documentedError } from '../../platform/operations';
import type { CcBusinessHoursRecord } from '../../state/contact-center';
import { bodyOf, ccOf, ccValidationFailed, isNonEmptyString } from '../common';
import { canonicalZone } from '../time-zones';
import { defaultBusinessHours, flowRef, flowsUsingBusinessHours, queueRef, queuesUsingBusinessHours } from '../usage';
import { applyHours, hoursJson } from './week';

type ById = { Params: { businessHourId: string } };

export function registerBusinessHoursRoutes(api: FastifyInstance, ctx: SimContext) {
  const find = (request: FastifyRequest<ById>, template = 'Business hour does not exist: $businessHourId.') => {
    const id = request.params.businessHourId;
    const found = ccOf(ctx).businessHours.find((b) => b.id === id);
    if (!found) throw documentedError(request, template, id);
    return found;
  };
  const full = (r: CcBusinessHoursRecord) => ({
    business_hour_id: r.id,
    business_hour_name: r.name,
    business_hour_description: r.description,
    timezone: r.timezone,
    account_default: r.accountDefault,
    hours: hoursJson(r),
  });
  const makeDefault = (r: CcBusinessHoursRecord) => {
    for (const b of ccOf(ctx).businessHours) b.accountDefault = b === r;
  };
  const zoneOf = (request: FastifyRequest, value: unknown) => {
    const zone = canonicalZone(value);
    if (!zone) throw documentedError(request, 'Timezone does not exist.');
    return zone;
  };

  api.get('/contact_center/business_hours', async (request) => {
    const cc = ccOf(ctx);
    const items = cc.businessHours.map((r) => ({
      business_hour_id: r.id,
      business_hour_name: r.name,
      timezone: r.timezone,
      account_default: r.accountDefault,
      queues_count: queuesUsingBusinessHours(cc, r.id).length,
      flows_count: flowsUsingBusinessHours(cc, r.id).length,
      hours: hoursJson(r),
    }));
    return listResponse(ctx, request, 'business_hours', items);
  });

  api.get<ById>('/contact_center/business_hours/:businessHourId', async (request) => full(find(request)));

  api.post('/contact_center/business_hours', async (request, reply) => {
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    if (!isNonEmptyString(body.business_hour_name)) throw ccValidationFailed(request);
    const timezone = zoneOf(request, body.timezone);
    const { hourType, week } = applyHours(request, body.hours, null);
    const record: CcBusinessHoursRecord = {
      id: ctx.store.newId(),
      name: body.business_hour_name,
      description: typeof body.business_hour_description === 'string' ? body.business_hour_description : '',
      timezone,
      accountDefault: false,
      hourType,
      week,
    };
    ccOf(ctx).businessHours.push(record);
    if (body.account_default === true || !defaultBusinessHours(ccOf(ctx))) makeDefault(record);
    return reply.code(201).send(full(record));
  });

  api.patch<ById>('/contact_center/business_hours/:businessHourId', async (request, reply) => {
    const record = find(request);
    if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
    const body = bodyOf(request);
    if (body.account_default === false && record.accountDefault) throw documentedError(request, "Can't update default business hours to be non-default.");
    if (body.business_hour_name !== undefined && !isNonEmptyString(body.business_hour_name)) throw ccValidationFailed(request);
    const timezone = body.timezone === undefined ? record.timezone : zoneOf(request, body.timezone);
    const hours = body.hours === undefined ? { hourType: record.hourType, week: record.week } : applyHours(request, body.hours, record);
    commit(ctx, request, () => {
      if (typeof body.business_hour_name === 'string') record.name = body.business_hour_name;
      if (typeof body.business_hour_description === 'string') record.description = body.business_hour_description;
      record.timezone = timezone;
      record.hourType = hours.hourType;
      record.week = hours.week;
      if (body.account_default === true) makeDefault(record);
    });
    return reply.code(204).send();
  });

  api.delete<ById>('/contact_center/business_hours/:businessHourId', async (request, reply) => {
    const record = find(request, 'Business hours do not exist: $businessHourId.');
    if (record.accountDefault) throw documentedError(request, 'The business hours of account default cannot be deleted.');
    commit(ctx, request, () => {
      const cc = ccOf(ctx);
      // Queues and flows that used it fall back to the account default (decisions-contact-center.ts).
      for (const q of queuesUsingBusinessHours(cc, record.id)) q.businessHours = { followDefault: true, id: null };
      const fallback = defaultBusinessHours(cc)?.id;
      for (const f of flowsUsingBusinessHours(cc, record.id)) {
        f.businessHourIds = [...new Set(f.businessHourIds.map((id) => (id === record.id ? fallback : id)).filter((id): id is string => !!id))];
      }
      cc.businessHours = cc.businessHours.filter((b) => b !== record);
    });
    return reply.code(204).send();
  });

  api.get<ById>('/contact_center/business_hours/:businessHourId/queues', async (request) => {
    const record = find(request, 'Business hours do not exist: $businessHourId.');
    return listResponse(ctx, request, 'queues', queuesUsingBusinessHours(ccOf(ctx), record.id).map(queueRef), record.id);
  });

  api.get<ById>('/contact_center/business_hours/:businessHourId/flows', async (request) => {
    const record = find(request);
    return listResponse(ctx, request, 'flows', flowsUsingBusinessHours(ccOf(ctx), record.id).map(flowRef), record.id);
  });
}
