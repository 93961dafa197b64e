// The holiday calendar across extensions (every role reads): per date, who is
// closed for a holiday and who is open, each on its own wall clock; the same
// holidays as iCalendar (RFC 5545) and the calendar as CSV, both downloads.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { calendarQuerySchema, calendarResponseSchema } from '@switchboard/contract/calendar';
import { apiErrorSchema } from '@switchboard/contract/errors';
import { POLICIES } from '../../../auth/access';
import { ccClosureEvents, ccOccurrencesOrNone, withCcClosures } from '../../../features/calendar/cc-closures';
import { calendarCsv, holidaysIcs } from '../../../features/calendar/export';

const QUERY =
  '`from` and `to` are dates (YYYY-MM-DD, both inclusive, at most 366 days); `site` a site id; `type` one kind of extension ' +
  '(default: auto receptionists, call queues and shared line groups — users only when asked for, each costs a Zoom call).';

const calendar: FastifyPluginAsyncZod = async (fastify) => {
  // Contact Center closures sit beside phone holidays (not filtered by site or type: they belong to no site).
  const ccClosuresFor = (q: { from: string; to: string; site?: string | undefined; type?: string | undefined }) =>
    q.site || q.type ? Promise.resolve(null) : ccOccurrencesOrNone(() => fastify.cc.closureSets.occurrences({ from: q.from, to: q.to }), fastify.log);
  fastify.get(
    '/calendar',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['holidays'],
        summary: 'The holiday calendar: for each date, which extensions are closed for which holiday and which are open; sites where siblings differ; and (without site or type) the Contact Center closures touching it, recurrences expanded.',
        description: QUERY,
        querystring: calendarQuerySchema,
        response: { 200: calendarResponseSchema, 400: apiErrorSchema },
      },
    },
    async (request) => {
      const [cal, closures] = await Promise.all([fastify.calendar.calendar(request.query), ccClosuresFor(request.query)]);
      return withCcClosures(cal, closures);
    },
  );

  fastify.get(
    '/calendar.ics',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['holidays'],
        summary: "The holidays touching the range as iCalendar (text/calendar, RFC 5545): one event per extension's holiday, on its own zone's clock (TZID with VTIMEZONE).",
        description: QUERY,
        querystring: calendarQuerySchema,
      },
    },
    async (request, reply) => {
      const [items, closures] = await Promise.all([fastify.calendar.holidaysBetween(request.query), ccClosuresFor(request.query)]);
      const ics = holidaysIcs(items, new Date().toISOString(), ccClosureEvents(closures));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="holidays-${request.query.from}-to-${request.query.to}.ics"`)
        .send(ics);
    },
  );

  fastify.get(
    '/calendar.csv',
    {
      config: { access: POLICIES.readRouting },
      schema: {
        tags: ['holidays'],
        summary: 'The holiday calendar as CSV (text/csv, RFC 4180): one row per date and extension — Date, Site, Extension, Type, State (Closed / Open), Holiday.',
        description: QUERY,
        querystring: calendarQuerySchema,
      },
    },
    async (request, reply) => {
      const csv = calendarCsv(await fastify.calendar.calendar(request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="holidays-${request.query.from}-to-${request.query.to}.csv"`)
        .send(csv);
    },
  );
};

export default calendar;
