// The change history, and its recovery: at start-up and every half minute,
// runs cut off by a crash (their process gone) are marked interrupted.
import fp from 'fastify-plugin';
import { AuditService } from '../../features/audit/service';

const RECOVERY_EVERY_MS = 30_000;

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditService;
  }
}

export default fp(
  async (fastify) => {
    const audit = new AuditService(fastify.database.db);
    fastify.decorate('audit', audit);
    const recover = async () => {
      try {
        const ids = await audit.recover();
        if (ids.length > 0) fastify.log.warn({ auditIds: ids }, `marked ${ids.length} write(s) cut off by a stopped process as interrupted`);
      } catch (err) {
        fastify.log.error({ err }, 'could not check the history for interrupted writes');
      }
    };
    let timer: NodeJS.Timeout | undefined;
    fastify.addHook('onReady', async () => {
      await recover();
      timer = setInterval(() => void recover(), RECOVERY_EVERY_MS);
      timer.unref();
    });
    fastify.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'audit', dependencies: ['database'] },
);
