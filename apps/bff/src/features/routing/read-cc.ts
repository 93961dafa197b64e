// The Contact Center reads a routing snapshot needs: entry points, flows,
// queues, business hours and closure sets as lists (Medium; the last two
// carry their hours and closures), then per voice flow its export (where it
// routes voice calls) and per voice queue its operating hours (which sets it
// uses, and its overflow) — both Light.
import {
  CC_ROUTE_TO_WIDGET,
  ccFlowExportSchema,
  ccFlowListSchema,
  ccQueueListSchema,
  ccQueueOperatingHoursSchema,
  type CcFlowRead,
  type CcQueueOperatingHours,
  type CcQueueRead,
} from '@switchboard/zoom-schema/contact-center-routing';
import {
  ccBusinessHoursListSchema,
  ccClosureSetListSchema,
  type CcBusinessHoursRead,
  type CcClosureSetRead,
} from '@switchboard/zoom-schema/contact-center-hours';
import { zoomEntryPointListSchema, type ZoomEntryPoint } from '@switchboard/zoom-schema/contact-center-entry-points';
import { ZOOM_OPERATIONS as OP, operationPath } from '@switchboard/zoom-schema/operations';
import type { ZoomClient } from '../../zoom/client';
import { isNotFoundFor } from '../../zoom/zoom-error';
import { runJobs } from './pool';
import { IN_FLIGHT } from './read-phone';

export interface CcReads {
  entryPoints: ZoomEntryPoint[];
  flows: CcFlowRead[];
  /** Flow id → the queue its first "route to" widget sends voice calls to (null: none). */
  flowQueue: Map<string, string | null>;
  queues: CcQueueRead[];
  operatingHours: Map<string, CcQueueOperatingHours>;
  businessHours: CcBusinessHoursRead[];
  closureSets: CcClosureSetRead[];
}

const isVoice = (channel: string | undefined) => !channel || channel === 'voice';

export async function readContactCenter(zoom: ZoomClient): Promise<CcReads> {
  const [entryPoints, flows, queues, businessHours, closureSets] = await Promise.all([
    zoom.paginate(OP.listContactCenterEntryPoints, { key: 'entry_points', schema: zoomEntryPointListSchema }),
    zoom.paginate(OP.listCcFlows, { key: 'flows', schema: ccFlowListSchema }),
    zoom.paginate(OP.listCcQueues, { key: 'queues', schema: ccQueueListSchema }),
    zoom.paginate(OP.listCcBusinessHours, { key: 'business_hours', schema: ccBusinessHoursListSchema }),
    zoom.paginate(OP.listCcClosureSets, { key: 'closure_sets', schema: ccClosureSetListSchema }),
  ]);
  const voiceFlows = flows.items.filter((f) => isVoice(f.channel));
  const voiceQueues = queues.items.filter((q) => isVoice(q.channel) || (q.channel_types ?? []).includes('voice'));
  const flowQueue = new Map<string, string | null>();
  const operatingHours = new Map<string, CcQueueOperatingHours>();
  await runJobs([
    ...voiceFlows.map((f) => async () => {
      const op = OP.exportCcFlow;
      try {
        const res = await zoom.get(operationPath(op, f.flow_id), { label: op.label, schema: ccFlowExportSchema });
        flowQueue.set(f.flow_id, res.data.widgets.find((w) => w.type === CC_ROUTE_TO_WIDGET && w.queue_id)?.queue_id ?? null);
      } catch (err) {
        if (!isNotFoundFor(op, err)) throw err;
      }
    }),
    ...voiceQueues.map((q) => async () => {
      const op = OP.getCcQueueOperatingHours;
      try {
        const res = await zoom.get(operationPath(op, q.queue_id), { label: op.label, schema: ccQueueOperatingHoursSchema });
        operatingHours.set(q.queue_id, res.data);
      } catch (err) {
        if (!isNotFoundFor(op, err)) throw err;
      }
    }),
  ], IN_FLIGHT);
  return {
    entryPoints: entryPoints.items.filter((e) => isVoice(e.channel)),
    flows: voiceFlows,
    flowQueue,
    queues: voiceQueues,
    operatingHours,
    businessHours: businessHours.items,
    closureSets: closureSets.items,
  };
}
