import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  autoReceptionistDetailSchema,
  autoReceptionistListQuerySchema,
  autoReceptionistListSchema,
  idParamSchema,
} from '@switchboard/contract/auto-receptionists';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { ivrQuerySchema, ivrResponseSchema } from '@switchboard/contract/ivr';
import { POLICIES } from '../../../auth/access';

const autoReceptionists: FastifyPluginAsyncZod = async (fastify) => {
  const errors = { 400: apiErrorSchema, 404: apiErrorSchema };

  fastify.get(
    '',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['auto receptionists'],
        summary: 'Auto receptionists (search by name, extension or number; filter by site) and the sites.',
        querystring: autoReceptionistListQuerySchema,
        response: { 200: autoReceptionistListSchema, 400: apiErrorSchema },
      },
    },
    async (request) => fastify.autoReceptionists.list(request.query),
  );

  fastify.get(
    '/:id',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['auto receptionists'],
        summary: 'One auto receptionist with its holidays.',
        params: idParamSchema,
        response: { 200: autoReceptionistDetailSchema, ...errors },
      },
    },
    async (request) => fastify.autoReceptionists.get(request.params.id),
  );

  fastify.get(
    '/:id/ivr',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['auto receptionists'],
        summary: 'The IVR menu for business hours, closed hours or one holiday, normalized, with its version.',
        params: idParamSchema,
        querystring: ivrQuerySchema,
        response: { 200: ivrResponseSchema, ...errors },
      },
    },
    async (request) => fastify.autoReceptionists.ivr(request.params.id, request.query),
  );
};

export default autoReceptionists;
