// Contact Center operating hours (every role reads; admins change them):
// business-hours sets, closure sets, and the closures expanded to
// occurrences. Each PUT has its POST …/plan twin; PUT answers 409 for
// `conflict` (nothing written) and 200 for every other outcome.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ccIdParamSchema } from '@switchboard/contract/cc-common';
import {
  businessHoursListSchema,
  businessHoursResponseSchema,
  businessHoursWriteBodySchema,
  closureSetListSchema,
  closureSetResponseSchema,
  closureSetWriteBodySchema,
  occurrencesQuerySchema,
  occurrencesResponseSchema,
} from '@switchboard/contract/cc-hours';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { writePlanSchema, writeResultSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';
import { actorOf } from './actor';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const read = { config: { access: POLICIES.readRouting } };
const edit = { config: { access: POLICIES.editContactCenter } };

const hours: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/business-hours',
    { ...read, schema: { tags: ['contact center'], summary: 'Business-hours sets: name, description, zone, whether it is the account default.', response: { 200: businessHoursListSchema } } },
    () => fastify.cc.businessHours.list(),
  );

  fastify.get(
    '/business-hours/:id',
    {
      ...read,
      schema: {
        tags: ['contact center'],
        summary: "A business-hours set: its week (WeekSchedule in the set's zone, several ranges a day; Zoom's day_of_week 1 = Monday), the queues and flows using it, its version.",
        params: ccIdParamSchema,
        response: { 200: businessHoursResponseSchema, ...errors },
      },
    },
    (request) => fastify.cc.businessHours.get(request.params.id),
  );

  fastify.post(
    '/business-hours/:id/plan',
    {
      ...edit,
      schema: {
        tags: ['contact center'],
        summary: 'Plan a change of a business-hours set: the Zoom request (PATCH …/business_hours/{id}) in words and the change per day. Nothing is written; 409 when Zoom changed since baseVersion.',
        params: ccIdParamSchema,
        body: businessHoursWriteBodySchema,
        response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema },
      },
    },
    (request) => fastify.cc.businessHours.plan(request.params.id, request.body),
  );

  fastify.put(
    '/business-hours/:id',
    {
      ...edit,
      schema: {
        tags: ['contact center'],
        summary: 'Change a business-hours set: read, check baseVersion (409), PATCH, read back, verify (not_persisted when Zoom did not keep it), one history entry.',
        params: ccIdParamSchema,
        body: businessHoursWriteBodySchema,
        response: { 200: writeResultSchema, 409: writeResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await fastify.cc.businessHours.apply(request.params.id, request.body, actorOf(request));
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.get(
    '/closure-sets',
    { ...read, schema: { tags: ['contact center'], summary: 'Closure sets: name, description, zone, account default, how many closures.', response: { 200: closureSetListSchema } } },
    () => fastify.cc.closureSets.list(),
  );

  fastify.get(
    '/closure-sets/:id',
    {
      ...read,
      schema: {
        tags: ['contact center'],
        summary: "A closure set: its closures on the set's wall clock with their recurrence (never, yearly, monthly, weekly; as the start or the nth weekday), the queues and flows using it, its version.",
        params: ccIdParamSchema,
        response: { 200: closureSetResponseSchema, ...errors },
      },
    },
    (request) => fastify.cc.closureSets.get(request.params.id),
  );

  fastify.post(
    '/closure-sets/:id/plan',
    {
      ...edit,
      schema: {
        tags: ['contact center'],
        summary: 'Plan a change of a closure set (the whole list: with an id a closure is rewritten, without one added, left out deleted). Nothing is written; 409 when Zoom changed since baseVersion.',
        params: ccIdParamSchema,
        body: closureSetWriteBodySchema,
        response: { 200: writePlanSchema, ...errors, 409: apiErrorSchema },
      },
    },
    (request) => fastify.cc.closureSets.plan(request.params.id, request.body),
  );

  fastify.put(
    '/closure-sets/:id',
    {
      ...edit,
      schema: {
        tags: ['contact center'],
        summary: 'Change a closure set: read, check baseVersion (409), PATCH …/closures/{id} (instants with the zone offset), read back, verify, one history entry.',
        params: ccIdParamSchema,
        body: closureSetWriteBodySchema,
        response: { 200: writeResultSchema, 409: writeResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await fastify.cc.closureSets.apply(request.params.id, request.body, actorOf(request));
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.get(
    '/occurrences',
    {
      ...read,
      schema: {
        tags: ['contact center'],
        summary: "Every closure set's closures touching from–to (dates, both inclusive; at most three years), recurrences expanded, each on its set's own wall clock.",
        querystring: occurrencesQuerySchema,
        response: { 200: occurrencesResponseSchema, 400: apiErrorSchema },
      },
    },
    (request) => fastify.cc.closureSets.occurrences(request.query),
  );
};

export default hours;
