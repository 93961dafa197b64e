// Every Contact Center read Switchboard makes, through the one rate-limited
// client and parsed with packages/zoom-schema: sets, queues, flows, assets,
// categories, and who uses a set. An unknown id becomes a 404 with a sentence.
import { z } from 'zod';
import type { UsedBy } from '@switchboard/contract/cc-common';
import { ccAssetCategoryListSchema, ccAssetListSchema, ccAssetReadSchema } from '@switchboard/zoom-schema/contact-center-assets';
import { ccFlowListSchema, ccFlowReadSchema, ccUsingFlowsSchema } from '@switchboard/zoom-schema/contact-center-flows';
import {
  ccBusinessHoursListSchema,
  ccBusinessHoursReadSchema,
  ccClosureSetListSchema,
  ccClosureSetReadSchema,
} from '@switchboard/zoom-schema/contact-center-hours';
import { ccQueueListSchema, ccQueueOperatingHoursReadSchema, ccUsingQueuesSchema } from '@switchboard/zoom-schema/contact-center-queues';
import { ZOOM_OPERATIONS, operationPath, type ZoomOperation } from '@switchboard/zoom-schema/operations';
import { notFound } from '../../http/app-error';
import type { QueryValue, ZoomClient } from '../../zoom/client';
import { isNotFoundFor } from '../../zoom/zoom-error';

const OPS = ZOOM_OPERATIONS;

export class CcReads {
  constructor(private readonly zoom: ZoomClient) {}

  private async one<S extends z.ZodType>(op: ZoomOperation, id: string, schema: S, missing: string): Promise<z.output<S>> {
    try {
      return (await this.zoom.get(operationPath(op, id), { label: op.label, schema })).data;
    } catch (err) {
      if (isNotFoundFor(op, err)) throw notFound(missing);
      throw err;
    }
  }

  businessHoursList = async () => (await this.zoom.paginate(OPS.listCcBusinessHours, { key: 'business_hours', schema: ccBusinessHoursListSchema })).items;
  businessHours = (id: string) => this.one(OPS.getCcBusinessHours, id, ccBusinessHoursReadSchema, `Zoom Contact Center has no business hours ${id}.`);
  closureSets = async () => (await this.zoom.paginate(OPS.listCcClosureSets, { key: 'closure_sets', schema: ccClosureSetListSchema })).items;
  closureSet = (id: string) => this.one(OPS.getCcClosureSet, id, ccClosureSetReadSchema, `Zoom Contact Center has no closure set ${id}.`);
  queues = async () => (await this.zoom.paginate(OPS.listCcQueues, { key: 'queues', schema: ccQueueListSchema })).items;
  operatingHours = (queueId: string) =>
    this.one(OPS.getCcQueueOperatingHours, queueId, ccQueueOperatingHoursReadSchema, `Zoom Contact Center has no queue ${queueId}.`);
  flows = async () => (await this.zoom.paginate(OPS.listCcFlows, { key: 'flows', schema: ccFlowListSchema })).items;
  flow = (id: string) => this.one(OPS.getCcFlow, id, ccFlowReadSchema, `Zoom Contact Center has no flow ${id}.`);
  asset = (id: string) => this.one(OPS.getCcAsset, id, ccAssetReadSchema, `The asset library has no asset ${id}.`);
  categories = async () => (await this.zoom.paginate(OPS.listCcAssetCategories, { key: 'categories', schema: ccAssetCategoryListSchema })).items;

  /** One page of assets (Zoom filters type, category and language). */
  async assetPage(query: Record<string, QueryValue>, pageToken?: string) {
    const op = OPS.listCcAssets;
    const res = await this.zoom.get(op.path, {
      label: op.label,
      schema: ccAssetListSchema,
      query: { ...query, page_size: op.pageSizeMax, next_page_token: pageToken },
    });
    return res.data;
  }

  /** The asset, or null when Zoom has none by that id (or only an archived one). */
  async assetOrNull(id: string) {
    try {
      const a = await this.asset(id);
      return a.archived ? null : a;
    } catch (err) {
      if (err instanceof Error && 'statusCode' in err && (err as { statusCode: number }).statusCode === 404) return null;
      throw err;
    }
  }

  /** The flow export file, as Zoom gives it (JSON). */
  async flowExport(id: string): Promise<unknown> {
    const op = OPS.exportCcFlow;
    try {
      return (await this.zoom.get(operationPath(op, id), { label: op.label, schema: z.unknown() })).data;
    } catch (err) {
      if (isNotFoundFor(op, err)) throw notFound(`Zoom Contact Center has no flow ${id}.`);
      throw err;
    }
  }

  /** The queues and flows that use a business-hours set or a closure set (names from Zoom). */
  async usedBy(kind: 'businessHours' | 'closureSet', id: string): Promise<UsedBy> {
    const [qOp, fOp] = kind === 'businessHours' ? [OPS.listCcBusinessHoursQueues, OPS.listCcBusinessHoursFlows] : [OPS.listCcClosureSetQueues, OPS.listCcClosureSetFlows];
    const [queues, flows] = await Promise.all([
      this.zoom.paginate(qOp, { key: 'queues', schema: ccUsingQueuesSchema, params: [id] }),
      this.zoom.paginate(fOp, { key: 'flows', schema: ccUsingFlowsSchema, params: [id] }),
    ]);
    return {
      queues: queues.items.map((q) => ({ id: q.queue_id, name: q.queue_name ?? q.queue_id })),
      flows: flows.items.map((f) => ({ id: f.flow_id, name: f.flow_name ?? f.flow_id })),
    };
  }
}
