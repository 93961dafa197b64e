// Writing IVR menus: plan (nothing written), apply (PUT) through the write
// pipeline, and the per-target preview of a copy. Admins only; the guard
// requires the CSRF header on every one of these.
//
// PUT answers 409 for `conflict` (nothing was written) and 200 for every other
// outcome, including `partial` and `not_persisted`: the request was carried
// out and the body's `outcome` says what Zoom kept. With `Accept:
// text/event-stream` it answers server-sent events instead (planned, op…,
// verifying, outcome — the contract's ivrApplyEventSchemas); the stream opens
// with the first event, so errors before it (bad targets, unknown auto
// receptionist) are still plain 4xx JSON. Leaving mid-way does not stop the write.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '@switchboard/contract/auto-receptionists';
import { apiErrorSchema } from '@switchboard/contract/errors';
import {
  EVENT_STREAM,
  ivrApplyEventSchemas,
  ivrApplyResponseSchema,
  ivrPlanResponseSchema,
  ivrWriteBodySchema,
  type IvrApplyEvent,
} from '@switchboard/contract/ivr';
import { ivrCopyPlanBodySchema, ivrCopyPlanResponseSchema } from '@switchboard/contract/ivr-copy';
import { POLICIES } from '../../../auth/access';
import { AppError } from '../../../http/app-error';
import { openSse, type SseStream } from '../../../http/sse';
import type { WriteProgress } from '../../../write-pipeline/types';

const wantsEventStream = (accept: string | undefined) => accept?.toLowerCase().includes(EVENT_STREAM) ?? false;

/** A pipeline progress event as the contract's stream event (only the contract's fields leave). */
function progressEvent(e: WriteProgress): IvrApplyEvent {
  switch (e.type) {
    case 'planned':
      return { event: 'planned', data: ivrApplyEventSchemas.planned.parse({ ops: e.ops }) };
    case 'op':
      return { event: 'op', data: ivrApplyEventSchemas.op.parse({ index: e.index, ...e.result }) };
    case 'verifying':
      return { event: 'verifying', data: {} };
  }
}

const STREAM_BROKE =
  'Switchboard stopped before it could report the outcome, so it is not known what Zoom kept. Reload the menu to see what Zoom has.';

const errors = { 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema };

const ivrWrite: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/:id/ivr/plan',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['auto receptionists'],
        summary:
          'Plan a menu change: the Zoom PATCH requests it takes, each as a sentence, and the change in words. Nothing is written. 409 when Zoom changed since baseVersion.',
        params: idParamSchema,
        body: ivrWriteBodySchema,
        response: { 200: ivrPlanResponseSchema, ...errors },
      },
    },
    async (request) => fastify.ivrWrite.plan(request.params.id, request.body),
  );

  fastify.put(
    '/:id/ivr',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['auto receptionists'],
        summary:
          'Apply a menu: read, check baseVersion (409 conflict, nothing written), PATCH each change (stop at the first failure: partial), read back, verify (not_persisted when Zoom did not keep it), record one audit entry.',
        description:
          'With `Accept: application/json` (or none) the answer is one JSON outcome: 200, or 409 for `conflict`. ' +
          'With `Accept: text/event-stream` the answer is 200 server-sent events (`event:` name, `data:` JSON), in order: ' +
          '`planned` {ops} once the plan is known; one `op` {index, status: applied|failed|skipped, httpStatus?, trackingId, error?} per op as Zoom answers it ' +
          '(after a failure the rest arrive as skipped); `verifying` {} while the menu is read back; then `outcome`, whose data is exactly the JSON body ' +
          'the plain PUT answers (a conflict included: then `outcome` is the only event), and the stream ends. ' +
          '`error` {error:{code,message}} instead of `outcome` means the server failed mid-way and the result is unknown. ' +
          'Validation, role and CSRF errors, unknown targets and an unknown auto receptionist are answered before any stream, as 4xx JSON.',
        params: idParamSchema,
        body: ivrWriteBodySchema,
        response: { 200: ivrApplyResponseSchema, 409: ivrApplyResponseSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const actor = { id: auth.user.id, email: auth.user.email };
      if (!wantsEventStream(request.headers.accept)) {
        const { providerCalls: _calls, ...result } = await fastify.ivrWrite.apply(request.params.id, request.body, actor);
        return reply.code(result.outcome === 'conflict' ? 409 : 200).send(result);
      }
      let stream: SseStream | undefined;
      const emit = ({ event, data }: IvrApplyEvent) => (stream ??= openSse(request, reply)).send(event, data);
      try {
        const { providerCalls: _calls, ...result } = await fastify.ivrWrite.apply(request.params.id, request.body, actor, (e) =>
          emit(progressEvent(e)),
        );
        // The same shape the JSON answer is serialized through.
        emit({ event: 'outcome', data: ivrApplyResponseSchema.parse(result) });
      } catch (err) {
        if (!stream) throw err; // nothing streamed yet: the usual 4xx / 5xx JSON
        request.log.error({ err }, 'IVR apply failed after its event stream opened');
        const known = err instanceof AppError && err.statusCode < 500;
        stream.send('error', { error: { code: known ? err.code : 'internal', message: known ? err.message : STREAM_BROKE } });
      }
      stream?.end();
      return reply;
    },
  );

  fastify.post(
    '/:id/ivr/copy/plan',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['auto receptionists'],
        summary:
          "Preview copying this auto receptionist's business- or closed-hours menu to others: each target's plan, changes and warnings. Nothing is written.",
        params: idParamSchema,
        body: ivrCopyPlanBodySchema,
        response: { 200: ivrCopyPlanResponseSchema, ...errors },
      },
    },
    async (request) => fastify.ivrCopy.plan(request.params.id, request.body.hours, request.body.targets),
  );
};

export default ivrWrite;
