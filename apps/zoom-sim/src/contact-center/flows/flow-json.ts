// Flows as the documents print them, and the simulator's export file (its
// shape is not documented: decisions-contact-center.ts).
import type { SimContext } from '../../context';
import type { CcFlowRecord, CcMessagingEntryPoint } from '../../state/contact-center';
import type { ContactCenterEntryPointRecord } from '../../state/records';
import { ccOf } from '../common';
import type { Json } from '../common';

export const voiceEntryJson = (e: ContactCenterEntryPointRecord) => ({
  entry_id: e.entryId,
  entry_name: e.name,
  channel: 'voice',
  entry_number: e.number,
  entry_number_country_code: e.number.startsWith('+61') ? 'AU' : 'US',
  entry_number_type: 2,
});

/** A flow's entry points, voice ones (with a number) or messaging ones. */
export function entryPointsOf(ctx: SimContext, flow: CcFlowRecord): Array<ContactCenterEntryPointRecord | CcMessagingEntryPoint> {
  const voice = ctx.store.state.contactCenterEntryPoints;
  const messaging = ccOf(ctx).messagingEntryPoints;
  return flow.entryPointIds.flatMap((id) => [...voice.filter((e) => e.entryId === id), ...messaging.filter((e) => e.entryId === id)]);
}

export function flowJson(ctx: SimContext, f: CcFlowRecord): Json {
  return {
    flow_id: f.id,
    flow_name: f.name,
    flow_description: f.description,
    channel: f.channel,
    ...(f.channelSource ? { channel_source: f.channelSource } : {}),
    channel_type: f.channel === 'voice' ? 'voice' : 'chat',
    status: f.status,
    modified_by: f.modifiedBy,
    last_modified_time: f.lastModified,
    entry_points: entryPointsOf(ctx, f).map((e) => ({
      entry_id: e.entryId,
      entry_name: e.name,
      ...('number' in e ? { entry_number: e.number } : {}),
      entry_language: e.language,
    })),
    flow_versions: f.versions.map((v) => ({
      flow_version_id: v.id,
      flow_version: v.version,
      flow_version_description: v.description,
      flow_version_status: v.status,
      flow_version_modified_by: v.modifiedBy,
      flow_version_last_modified_time: v.lastModified,
    })),
  };
}

/** The exported file: the flow, its published version and its widgets in order. */
export function flowExport(ctx: SimContext, f: CcFlowRecord): Json {
  const cc = ccOf(ctx);
  const version = f.versions.find((v) => v.status === 'published') ?? f.versions[0];
  const widgets: Json[] = [{ id: 'start', type: 'start', entry_points: f.entryPointIds }];
  if (f.greetingAssetId) widgets.push({ id: 'greeting', type: 'send_media', asset_id: f.greetingAssetId });
  for (const [i, id] of f.businessHourIds.entries()) {
    widgets.push({ id: `hours_${i + 1}`, type: 'business_hours', business_hour_id: id, business_hour_name: cc.businessHours.find((b) => b.id === id)?.name ?? '' });
  }
  for (const [i, id] of f.closureSetIds.entries()) {
    widgets.push({ id: `closures_${i + 1}`, type: 'closures', closure_set_id: id, closure_set_name: cc.closureSets.find((s) => s.id === id)?.name ?? '' });
  }
  for (const [i, id] of f.queueIds.entries()) {
    widgets.push({ id: `route_${i + 1}`, type: 'route_to', queue_id: id, queue_name: cc.queues.find((q) => q.queueId === id)?.name ?? '' });
  }
  widgets.push({ id: 'end', type: 'disconnect' });
  return {
    flow_id: f.id,
    flow_name: f.name,
    flow_description: f.description,
    channel: f.channel,
    flow_version: version?.version ?? 1,
    widgets,
  };
}
