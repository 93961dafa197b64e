// Background jobs (bulk IVR copy, bulk holidays). Shutting down lets targets in flight
// finish and records where each job stopped.
import fp from 'fastify-plugin';
import { RATE_LIMITS } from '@switchboard/zoom-schema/rate-limits';
import { JobService } from '../../features/jobs/service';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobService;
  }
}

export default fp(
  async (fastify) => {
    // Enough targets in flight to keep the Light budget busy when Zoom answers
    // in ~200 ms (each target's calls are sequential), few enough that an
    // editor's request queued behind a job waits at most a fraction of a second.
    const concurrency = Math.max(2, Math.round(RATE_LIMITS[fastify.config.zoom.plan].light / 5));
    const jobs = new JobService(
      {
        db: fastify.database.db,
        ivr: fastify.ivrWrite,
        copy: fastify.ivrCopy,
        audit: fastify.audit,
        holidays: fastify.holidays,
        extensions: fastify.extensions,
        setup: fastify.setup,
        events: fastify.sharedState.jobEvents,
      },
      { concurrency, log: fastify.log.child({ component: 'jobs' }) },
    );
    fastify.decorate('jobs', jobs);
    fastify.addHook('preClose', () => jobs.close());
    // Jobs (and the writes of their targets) cut off by a crash: at start-up and every half minute.
    const recover = async () => {
      try {
        const ids = await jobs.recover();
        if (ids.length > 0) fastify.log.warn({ jobIds: ids }, `marked ${ids.length} job(s) cut off by a stopped process as interrupted`);
      } catch (err) {
        fastify.log.error({ err }, 'could not check for interrupted jobs');
      }
    };
    let timer: NodeJS.Timeout | undefined;
    fastify.addHook('onReady', async () => {
      await recover();
      timer = setInterval(() => void recover(), 30_000);
      timer.unref();
    });
    fastify.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'jobs', dependencies: ['config', 'shared-state', 'database', 'ivr-write', 'audit', 'call-handling', 'setup'] },
);
