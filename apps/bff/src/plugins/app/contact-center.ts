// Zoom Contact Center: business hours, closure sets (and their occurrences),
// queues' operating hours, flows, the asset library and its categories — one
// reader of Zoom and one writer (the shared write pipeline) behind them.
import fp from 'fastify-plugin';
import { CcAssetUploads } from '../../features/contact-center/asset-uploads';
import { CcAssetReader } from '../../features/contact-center/assets-read';
import { CcAssetWriter } from '../../features/contact-center/assets-write';
import { CcBusinessHoursService } from '../../features/contact-center/business-hours';
import { CcCategoryService } from '../../features/contact-center/categories';
import { CcWriter } from '../../features/contact-center/cc-write';
import { CcClosureSetService } from '../../features/contact-center/closure-sets';
import { CcFlowService } from '../../features/contact-center/flows';
import { CcQueueService } from '../../features/contact-center/queues';
import { CcReads } from '../../features/contact-center/zoom-reads';

export interface ContactCenter {
  businessHours: CcBusinessHoursService;
  closureSets: CcClosureSetService;
  queues: CcQueueService;
  flows: CcFlowService;
  assets: CcAssetReader;
  assetWrites: CcAssetWriter;
  uploads: CcAssetUploads;
  categories: CcCategoryService;
}

declare module 'fastify' {
  interface FastifyInstance {
    cc: ContactCenter;
  }
}

export default fp(
  async (fastify) => {
    const reads = new CcReads(fastify.zoom);
    const writer = new CcWriter({ zoom: fastify.zoom, audit: fastify.audit, setup: fastify.setup });
    const assets = new CcAssetReader(reads, fastify.zoom);
    const assetWrites = new CcAssetWriter(fastify.zoom, reads, assets, writer);
    fastify.decorate('cc', {
      businessHours: new CcBusinessHoursService(reads, writer),
      closureSets: new CcClosureSetService(reads, writer),
      queues: new CcQueueService(reads, writer),
      flows: new CcFlowService(reads),
      assets,
      assetWrites,
      uploads: new CcAssetUploads(fastify.zoom, assets, assetWrites, writer),
      categories: new CcCategoryService(reads, writer),
    });
  },
  { name: 'contact-center', dependencies: ['zoom', 'audit', 'setup'] },
);
