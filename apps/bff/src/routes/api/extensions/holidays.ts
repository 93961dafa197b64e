// An extension's holidays on its own wall clock (read: every role; add,
// change, delete and their plans: admins and managers). Each write answers
// the write outcome (409 for `conflict`, 200 otherwise); an add also names the
// new holiday's id. Every write has a `/plan` twin that writes nothing.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { extensionParamSchema } from '@switchboard/contract/hours';
import {
  holidayCreateBodySchema,
  holidayDeleteQuerySchema,
  holidayListSchema,
  holidayParamSchema,
  holidayUpdateBodySchema,
  holidayWriteResultSchema,
} from '@switchboard/contract/holidays';
import { writePlanSchema } from '@switchboard/contract/write';
import { POLICIES } from '../../../auth/access';
import type { HolidayWrite } from '../../../features/holidays/service';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };
const outcome = { 200: holidayWriteResultSchema, 409: holidayWriteResultSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };
const RULES =
  'Refused with a sentence before anything reaches Zoom: an end before the start, a holiday wholly in the past, or one overlapping a holiday the extension already has.';

const actor = (request: FastifyRequest) => ({ id: request.auth!.user.id, email: request.auth!.user.email });

const holidays: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/:extensionId/holidays',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['holidays'],
        summary: "An extension's holidays, start and end on the wall clock of its zone (Zoom holds UTC instants), each with its routing and version.",
        params: extensionParamSchema,
        response: { 200: holidayListSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => fastify.holidays.list(request.params.extensionId),
  );

  const add = (body: { name: string; start: string; end: string }): HolidayWrite => ({ kind: 'add', holiday: body });

  fastify.post(
    '/:extensionId/holidays/plan',
    {
      config: { access: POLICIES.editHolidays },
      schema: { tags: ['holidays'], summary: 'Plan adding a holiday: the requests, in words. Nothing is written.', description: RULES, params: extensionParamSchema, body: holidayCreateBodySchema, response: { 200: writePlanSchema, ...errors } },
    },
    async (request) => fastify.holidays.plan(request.params.extensionId, add(request.body)),
  );

  fastify.post(
    '/:extensionId/holidays',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['holidays'],
        summary:
          'Add a holiday: POST it to Zoom, then route its calls as the closed hours do (with the id Zoom answered), read back, verify, one history entry. The answer adds `holidayId`.',
        description: RULES,
        params: extensionParamSchema,
        body: holidayCreateBodySchema,
        response: outcome,
      },
    },
    async (request, reply) => {
      const result = await fastify.holidays.write(request.params.extensionId, add(request.body), actor(request));
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.post(
    '/:extensionId/holidays/:holidayId/plan',
    {
      config: { access: POLICIES.editHolidays },
      schema: { tags: ['holidays'], summary: 'Plan changing a holiday (name, start, end). Nothing is written; 409 when it changed in Zoom since baseVersion.', description: RULES, params: holidayParamSchema, body: holidayUpdateBodySchema, response: { 200: writePlanSchema, ...errors } },
    },
    async (request) => {
      const { baseVersion, ...holiday } = request.body;
      return fastify.holidays.plan(request.params.extensionId, { kind: 'update', holidayId: request.params.holidayId, holiday, baseVersion });
    },
  );

  fastify.put(
    '/:extensionId/holidays/:holidayId',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['holidays'],
        summary: 'Change a holiday (name, start, end) in Zoom: read, check baseVersion (409), PATCH, read back, verify, one history entry.',
        description: RULES,
        params: holidayParamSchema,
        body: holidayUpdateBodySchema,
        response: outcome,
      },
    },
    async (request, reply) => {
      const { baseVersion, ...holiday } = request.body;
      const { extensionId, holidayId } = request.params;
      const result = await fastify.holidays.write(extensionId, { kind: 'update', holidayId, holiday, baseVersion }, actor(request));
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );

  fastify.post(
    '/:extensionId/holidays/:holidayId/delete/plan',
    {
      config: { access: POLICIES.editHolidays },
      schema: { tags: ['holidays'], summary: 'Plan deleting a holiday. Nothing is written.', params: holidayParamSchema, querystring: holidayDeleteQuerySchema, response: { 200: writePlanSchema, ...errors } },
    },
    async (request) =>
      fastify.holidays.plan(request.params.extensionId, { kind: 'delete', holidayId: request.params.holidayId, baseVersion: request.query.baseVersion }),
  );

  fastify.delete(
    '/:extensionId/holidays/:holidayId',
    {
      config: { access: POLICIES.editHolidays },
      schema: { tags: ['holidays'], summary: 'Delete a holiday in Zoom (its routing goes with it); `?baseVersion=` makes it a 409 when it changed since.', params: holidayParamSchema, querystring: holidayDeleteQuerySchema, response: outcome },
    },
    async (request, reply) => {
      const { extensionId, holidayId } = request.params;
      const result = await fastify.holidays.write(extensionId, { kind: 'delete', holidayId, baseVersion: request.query.baseVersion }, actor(request));
      return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
    },
  );
};

export default holidays;
