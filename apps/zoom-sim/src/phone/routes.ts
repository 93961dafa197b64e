// Zoom Phone endpoints, one folder per product area.
import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context';
import { registerAudioRoutes } from './audios/routes';
import { registerAutoReceptionistRoutes } from './auto-receptionists/routes';
import { registerCallHandlingRoutes } from './call-handling/routes';
import { registerCallQueueRoutes } from './call-queues/routes';
import { registerCommonAreaRoutes } from './common-areas/routes';
import { registerExternalContactRoutes } from './external-contacts/routes';
import { registerIvrRoutes } from './ivr/routes';
import { registerPhoneNumberRoutes } from './numbers/routes';
import { registerRoomRoutes } from './rooms/routes';
import { registerSharedLineGroupRoutes } from './shared-line-groups/routes';
import { registerSiteRoutes } from './sites/routes';
import { registerUserRoutes } from './users/routes';

export function registerPhoneRoutes(api: FastifyInstance, ctx: SimContext) {
  registerUserRoutes(api, ctx);
  registerSiteRoutes(api, ctx);
  registerCallQueueRoutes(api, ctx);
  registerAutoReceptionistRoutes(api, ctx);
  registerIvrRoutes(api, ctx);
  registerSharedLineGroupRoutes(api, ctx);
  registerCommonAreaRoutes(api, ctx);
  registerExternalContactRoutes(api, ctx);
  registerPhoneNumberRoutes(api, ctx);
  registerAudioRoutes(api, ctx);
  registerRoomRoutes(api, ctx);
  registerCallHandlingRoutes(api, ctx);
}
