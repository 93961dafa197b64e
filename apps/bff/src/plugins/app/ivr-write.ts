// IVR writes (plan / apply through the write pipeline) and copies. Also
// remembers every menu version the BFF hands out (GET …/ivr), so a later 409
// conflict can say what changed in Zoom since that menu was loaded.
import fp from 'fastify-plugin';
import type { IvrResponse } from '@switchboard/contract/ivr';
import { IvrCopyService } from '../../features/ivr-write/copy';
import { IvrWriteService } from '../../features/ivr-write/service';
import { VersionMemory } from '../../features/ivr-write/version-memory';

declare module 'fastify' {
  interface FastifyInstance {
    ivrWrite: IvrWriteService;
    ivrCopy: IvrCopyService;
  }
}

const IVR_READ_ROUTE = '/api/auto-receptionists/:id/ivr';

export default fp(
  async (fastify) => {
    const ivrWrite = new IvrWriteService({
      zoom: fastify.zoom,
      directory: fastify.directory,
      autoReceptionists: fastify.autoReceptionists,
      audit: fastify.audit,
      setup: fastify.setup,
      lock: fastify.sharedState.writeLock('ivr'),
      versions: new VersionMemory(fastify.sharedState.versions('ivr', 1000)),
    });
    fastify.decorate('ivrWrite', ivrWrite);
    fastify.decorate('ivrCopy', new IvrCopyService(ivrWrite, fastify.directory));

    fastify.addHook('preSerialization', async (request, reply, payload) => {
      if (request.method === 'GET' && request.routeOptions.url === IVR_READ_ROUTE && reply.statusCode === 200) {
        const { menu, version } = payload as IvrResponse;
        if (menu && version) ivrWrite.versions.remember(menu, version);
      }
      return payload;
    });
  },
  { name: 'ivr-write', dependencies: ['shared-state', 'zoom', 'directory', 'auto-receptionists', 'audit', 'setup'] },
);
