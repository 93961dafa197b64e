// Background jobs: start a bulk IVR copy or a bulk holiday (202 + job id),
// retry what did not land, read a job's state (persisted: works after a
// reload), follow it as server-sent events.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { copyIvrJobBodySchema } from '@switchboard/contract/ivr-copy';
import {
  addHolidayJobBodySchema,
  jobCreatedSchema,
  jobIdParamSchema,
  jobListQuerySchema,
  jobListSchema,
  jobRetryBodySchema,
  jobSchema,
} from '@switchboard/contract/jobs';
import type { JobEventName } from '@switchboard/contract/jobs';
import { POLICIES } from '../../../auth/access';
import { isTerminal } from '../../../features/jobs/runner';
import { notFound } from '../../../http/app-error';
import { openSse, type SseStream } from '../../../http/sse';

const POLL_MS = 1_000;
/** With Redis the events are pushed; the database is only checked for a job whose replica stopped. */
const BUS_POLL_MS = 5_000;
const noJob = () => notFound('There is no job with that id.');

const jobs: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/copy-ivr',
    {
      config: { access: POLICIES.editRouting },
      schema: {
        tags: ['jobs'],
        summary:
          "Copy an auto receptionist's business- or closed-hours menu to other auto receptionists in the background. 202 with the job id; 409 if the source changed since sourceVersion; 400 naming the targets on other sites unless confirmCrossSite is true.",
        description:
          'Each target is judged first, against the menus Zoom holds when the job reaches it: a target the copy would make forward to itself, ' +
          'or trap in a loop of auto receptionists that never reaches a person, queue, group, voicemail, phone number or Contact Center, ' +
          'is not written; its result is `refused` with the reason. A job with any target that did not land ends `incomplete`.',
        body: copyIvrJobBodySchema,
        response: { 202: jobCreatedSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const jobId = await fastify.jobs.startCopy(request.body, { id: auth.user.id, email: auth.user.email });
      return reply.code(202).send({ jobId });
    },
  );

  fastify.post(
    '/add-holiday',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['jobs'],
        summary:
          'Add one holiday (name, start, end on each extension’s own wall clock) to many extensions in the background. 202 with the job id; 400 naming unknown extension ids.',
        description:
          'Each extension is written through the write pipeline: the holiday is checked against that extension’s holidays first (an overlap, or a holiday already over in its zone, is `refused`: nothing written), ' +
          'then POSTed, its calls routed as the closed hours route them (with the id Zoom answered), read back and verified. Progress and each extension’s verified outcome stream on GET /api/jobs/:id/events; ' +
          'POST /api/jobs/:id/retry re-runs the extensions that did not land.',
        body: addHolidayJobBodySchema,
        response: { 202: jobCreatedSchema, 400: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const jobId = await fastify.jobs.startAddHoliday(request.body, { id: auth.user.id, email: auth.user.email });
      return reply.code(202).send({ jobId });
    },
  );

  fastify.post(
    '/:id/retry',
    {
      config: { access: POLICIES.editHolidays },
      schema: {
        tags: ['jobs'],
        summary:
          'Start a new job for exactly the targets of a finished job that did not land: a copy job again copies the same source and hours (admins only; 409 if the source menu changed since), ' +
          'an add-holiday job adds the same holiday (admins and managers). 202 with the new job id; 409 if the job is still running; 400 when every target landed.',
        params: jobIdParamSchema,
        body: jobRetryBodySchema,
        response: { 202: jobCreatedSchema, 400: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const auth = request.auth!;
      const jobId = await fastify.jobs.retry(request.params.id, { id: auth.user.id, email: auth.user.email }, auth.role);
      return reply.code(202).send({ jobId });
    },
  );

  fastify.get(
    '',
    {
      config: { access: POLICIES.readAudit },
      schema: {
        tags: ['jobs'],
        summary: 'Recent jobs, newest first.',
        querystring: jobListQuerySchema,
        response: { 200: jobListSchema, 400: apiErrorSchema },
      },
    },
    async (request) => ({ items: await fastify.jobs.list(request.query.limit) }),
  );

  fastify.get(
    '/:id',
    {
      config: { access: POLICIES.readAudit },
      schema: {
        tags: ['jobs'],
        summary: "A job's state: progress, each target's verified outcome, the summary when done.",
        params: jobIdParamSchema,
        response: { 200: jobSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => (await fastify.jobs.get(request.params.id)) ?? Promise.reject(noJob()),
  );

  fastify.get(
    '/:id/events',
    {
      config: { access: POLICIES.readAudit },
      schema: {
        tags: ['jobs'],
        summary:
          'Server-sent events (text/event-stream): `snapshot` (the job) first, then `progress` {done,total,current}, `target` (one verified outcome) and `done` {status, summary}, which ends the stream.',
        params: jobIdParamSchema,
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      // Subscribe and open the stream in the same tick, so no event falls between snapshot and stream.
      let stream: SseStream | undefined;
      const live = fastify.jobs.subscribe(id, (event, data) => {
        stream?.send(event, data);
        if (event === 'done') stream?.end();
      });
      if (live) {
        stream = openSse(request, reply);
        stream.onEnd(live.unsubscribe);
        stream.send('snapshot', live.snapshot);
        return reply;
      }
      // Not running in this process: finished, or running on another replica. With Redis its events
      // arrive as published (listening starts before the snapshot is read, so none is missed between);
      // the database is read again every few seconds in case that replica stopped without a last event.
      let s: SseStream | null = null;
      let ended = false;
      const early: [JobEventName, unknown][] = [];
      const finish = (status: string, summary: unknown) => {
        if (ended || !s) return;
        ended = true;
        s.send('done', { status, summary });
        s.end();
      };
      const forward = (event: JobEventName, data: unknown) => {
        if (!s) return void early.push([event, data]);
        if (ended) return;
        if (event === 'done') {
          const d = data as { status: string; summary: unknown };
          return finish(d.status, d.summary);
        }
        s.send(event, data);
      };
      const stopFollowing = await fastify.jobs.follow(id, forward);
      const job = await fastify.jobs.get(id);
      if (!job) {
        stopFollowing?.();
        throw noJob();
      }
      s = openSse(request, reply);
      if (stopFollowing) s.onEnd(stopFollowing);
      s.send('snapshot', job);
      if (isTerminal(job.status)) {
        finish(job.status, job.summary);
        return reply;
      }
      for (const [event, data] of early.splice(0)) forward(event, data);
      let seen = job.updatedAt;
      const timer = setInterval(
        () => {
          void fastify.jobs.get(id).then((j) => {
            if (!j || ended || j.updatedAt === seen) return;
            seen = j.updatedAt;
            // Without a bus the snapshots are how the browser follows; with one, only a missed end matters.
            if (!stopFollowing) s!.send('snapshot', j);
            if (isTerminal(j.status)) {
              if (stopFollowing) s!.send('snapshot', j);
              finish(j.status, j.summary);
            }
          });
        },
        stopFollowing ? BUS_POLL_MS : POLL_MS,
      );
      s.onEnd(() => clearInterval(timer));
      return reply;
    },
  );
};

export default jobs;
