// Zoom Contact Center endpoints, one folder per product area.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context';
import { registerAssetBatchItemRoutes } from './assets/batch-items';
import { registerAssetCategoryRoutes } from './assets/categories';
import { registerAssetRoutes } from './assets/routes';
import { registerAssetWriteRoutes } from './assets/write-routes';
import { registerBusinessHoursRoutes } from './business-hours/routes';
import { registerClosureRoutes } from './closures/routes';
import { registerContactCenterFlowRoutes } from './flows/routes';
import { registerQueueRoutes } from './queues/routes';

export function registerContactCenterRoutes(api: FastifyInstance, ctx: SimContext) {
  registerBusinessHoursRoutes(api, ctx);
  registerClosureRoutes(api, ctx);
  registerQueueRoutes(api, ctx);
  registerContactCenterFlowRoutes(api, ctx);
  registerAssetRoutes(api, ctx);
  registerAssetWriteRoutes(api, ctx);
  registerAssetBatchItemRoutes(api, ctx);
  registerAssetCategoryRoutes(api, ctx);
}
