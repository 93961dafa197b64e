// The BFF as one Fastify plugin: external plugins first, then the app's own
// services (each a decorator with declared dependencies), then the routes.
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from './config/env';
import type { Database } from './db/database';
import cookie from './plugins/external/cookie';
import helmet from './plugins/external/helmet';
import swagger from './plugins/external/swagger';
import zod from './plugins/external/zod';
import audioPrompts from './plugins/app/audio-prompts';
import audit from './plugins/app/audit';
import auth from './plugins/app/auth';
import autoReceptionists from './plugins/app/auto-receptionists';
import callHandling from './plugins/app/call-handling';
import callQueues from './plugins/app/call-queues';
import config from './plugins/app/config';
import contactCenter from './plugins/app/contact-center';
import database from './plugins/app/database';
import directory from './plugins/app/directory';
import errors from './plugins/app/errors';
import ivrWrite from './plugins/app/ivr-write';
import jobs from './plugins/app/jobs';
import noStore from './plugins/app/no-store';
import people from './plugins/app/people';
import revert from './plugins/app/revert';
import requestLimits from './plugins/app/request-limits';
import routing from './plugins/app/routing';
import setup from './plugins/app/setup';
import sharedState from './plugins/app/shared-state';
import spa from './plugins/app/spa';
import zendesk from './plugins/app/zendesk';
import zendeskIvrs from './plugins/app/zendesk-ivrs';
import zoom from './plugins/app/zoom';
import audioPromptRoutes from './routes/api/audio-prompts/index';
import auditRoutes from './routes/api/audit/index';
import autoReceptionistRoutes from './routes/api/auto-receptionists/index';
import calendarRoutes from './routes/api/calendar/index';
import ccAssetCategoryRoutes from './routes/api/cc/asset-categories';
import ccAssetRoutes from './routes/api/cc/assets';
import ccHoursRoutes from './routes/api/cc/hours';
import ccQueueFlowRoutes from './routes/api/cc/queues-flows';
import callQueueRoutes from './routes/api/call-queues/index';
import ivrWriteRoutes from './routes/api/auto-receptionists/ivr-write';
import directoryRoutes from './routes/api/directory/index';
import holidayRoutes from './routes/api/extensions/holidays';
import hoursRoutes from './routes/api/extensions/hours';
import healthRoutes from './routes/api/health/index';
import jobRoutes from './routes/api/jobs/index';
import openapiRoutes from './routes/api/openapi/index';
import routingRoutes from './routes/api/routing/index';
import sessionRoutes from './routes/api/session/index';
import setupRoutes from './routes/api/setup/index';
import linkRoutes from './routes/api/links/index';
import historyRevertRoutes from './routes/api/revert/history';
import jobRevertRoutes from './routes/api/revert/jobs';
import sessionListRoutes from './routes/api/sessions/index';
import userRoutes from './routes/api/users/index';
import zendeskRoutes from './routes/api/zendesk/index';

export interface AppOptions {
  config: Config;
  /** An already open database (tests); otherwise one is opened from config. */
  database?: Database;
}

const app: FastifyPluginAsync<AppOptions> = async (fastify, opts) => {
  // external
  await fastify.register(zod);
  await fastify.register(helmet);
  await fastify.register(cookie);
  await fastify.register(swagger);

  // app: configuration, storage, Zoom, auth, domain services, error shapes, SPA
  await fastify.register(config, { config: opts.config });
  await fastify.register(errors);
  // before auth: its guard reads the database, an over-long address need not
  await fastify.register(requestLimits);
  await fastify.register(noStore);
  await fastify.register(database, opts.database ? { database: opts.database } : {});
  await fastify.register(sharedState);
  await fastify.register(zoom);
  await fastify.register(zendesk);
  await fastify.register(auth);
  await fastify.register(setup);
  await fastify.register(directory);
  await fastify.register(audioPrompts);
  await fastify.register(autoReceptionists);
  await fastify.register(callQueues);
  await fastify.register(audit);
  await fastify.register(ivrWrite);
  await fastify.register(callHandling);
  await fastify.register(contactCenter);
  await fastify.register(jobs);
  await fastify.register(people);
  await fastify.register(zendeskIvrs);
  await fastify.register(revert);
  await fastify.register(routing);
  await fastify.register(spa);

  // routes
  await fastify.register(healthRoutes, { prefix: '/api/health' });
  await fastify.register(sessionRoutes, { prefix: '/api/session' });
  await fastify.register(directoryRoutes, { prefix: '/api/directory' });
  await fastify.register(audioPromptRoutes, { prefix: '/api/audio-prompts' });
  await fastify.register(autoReceptionistRoutes, { prefix: '/api/auto-receptionists' });
  await fastify.register(ivrWriteRoutes, { prefix: '/api/auto-receptionists' });
  await fastify.register(hoursRoutes, { prefix: '/api/extensions' });
  await fastify.register(holidayRoutes, { prefix: '/api/extensions' });
  await fastify.register(calendarRoutes, { prefix: '/api' });
  await fastify.register(callQueueRoutes, { prefix: '/api/call-queues' });
  await fastify.register(ccHoursRoutes, { prefix: '/api/cc' });
  await fastify.register(ccQueueFlowRoutes, { prefix: '/api/cc' });
  await fastify.register(ccAssetRoutes, { prefix: '/api/cc' });
  await fastify.register(ccAssetCategoryRoutes, { prefix: '/api/cc' });
  await fastify.register(auditRoutes, { prefix: '/api/audit' });
  // The same history under the name people use for it.
  await fastify.register(auditRoutes, { prefix: '/api/history' });
  await fastify.register(historyRevertRoutes, { prefix: '/api/history' });
  await fastify.register(jobRoutes, { prefix: '/api/jobs' });
  await fastify.register(jobRevertRoutes, { prefix: '/api/jobs' });
  await fastify.register(setupRoutes, { prefix: '/api/setup' });
  await fastify.register(userRoutes, { prefix: '/api/users' });
  await fastify.register(sessionListRoutes, { prefix: '/api/sessions' });
  await fastify.register(linkRoutes, { prefix: '/api/links' });
  await fastify.register(zendeskRoutes, { prefix: '/api/zendesk' });
  await fastify.register(routingRoutes, { prefix: '/api/routing' });
  await fastify.register(openapiRoutes, { prefix: '/api' });
};

export default app;
