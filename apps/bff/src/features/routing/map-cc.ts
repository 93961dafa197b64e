// Contact Center reads → the routing snapshot's Contact Center half. The only
// place these Zoom shapes become a snapshot.
import { businessHoursFromCc, closureSetFromCc } from '@switchboard/routing-core/schedule/from-cc';
import type { RoutingSnapshotInput } from '@switchboard/routing-core/routing/snapshot';
import type { CcOverflow } from '@switchboard/routing-core/routing/snapshot-cc';
import type { CcQueueOperatingHours } from '@switchboard/zoom-schema/contact-center-routing';
import { AppError } from '../../http/app-error';
import type { CcReads } from './read-cc';

function overflow(o: CcQueueOperatingHours | undefined): CcOverflow | null {
  if (!o || o.operating_hours_overflow_enabled === false) return null;
  if (o.overflow_to_queue_id) return { kind: 'queue', queueId: o.overflow_to_queue_id };
  if (o.overflow_to_flow_id) return { kind: 'flow', flowId: o.overflow_to_flow_id };
  if (o.overflow_to_inbox_id) return { kind: 'inbox', inboxId: o.overflow_to_inbox_id, name: o.overflow_to_inbox_name ?? 'voicemail inbox' };
  if (o.overflow_to_default_goodbye_message || o.overflow_to_goodbye_message_asset_id) return { kind: 'goodbye' };
  return null;
}

const unreadable = (what: string, err: unknown) =>
  new AppError(502, 'zoom_error', `Zoom Contact Center's ${what} cannot be read: ${err instanceof Error ? err.message : String(err)}`);

export function mapContactCenter(cc: CcReads): {
  contactCenter: NonNullable<RoutingSnapshotInput['contactCenter']>;
  numbers: NonNullable<RoutingSnapshotInput['phoneNumbers']>;
} {
  const flowOfEntry = new Map<string, string>();
  for (const f of cc.flows) for (const e of f.entry_points ?? []) if (!flowOfEntry.has(e.entry_id)) flowOfEntry.set(e.entry_id, f.flow_id);
  return {
    contactCenter: {
      entryPoints: cc.entryPoints.map((e) => ({ id: e.entry_id, name: e.entry_name ?? e.entry_id, flowId: flowOfEntry.get(e.entry_id) ?? null })),
      flows: cc.flows.map((f) => ({ id: f.flow_id, name: f.flow_name ?? f.flow_id, queueId: cc.flowQueue.get(f.flow_id) ?? null })),
      queues: cc.queues.map((q) => {
        const o = cc.operatingHours.get(q.queue_id);
        return {
          id: q.queue_id,
          name: q.queue_name ?? q.queue_id,
          businessHoursId: o?.business_hour_id || null,
          closureSetId: o?.closure_set_id || null,
          agentCount: q.agents_count ?? null,
          overflow: overflow(o),
        };
      }),
      businessHours: cc.businessHours.map((b) => {
        try {
          const h = businessHoursFromCc(b);
          return { id: h.id, name: h.name, schedule: h.schedule };
        } catch (err) {
          throw unreadable(`business hours '${b.business_hour_name ?? b.business_hour_id}'`, err);
        }
      }),
      closureSets: cc.closureSets.map((s) => {
        try {
          const set = closureSetFromCc(s);
          return { id: set.id, name: set.name, timezone: set.timezone, closures: set.closures };
        } catch (err) {
          throw unreadable(`closure set '${s.closure_set_name}'`, err);
        }
      }),
    },
    numbers: cc.entryPoints.flatMap((e) => (e.entry_number ? [{ number: e.entry_number, assignee: { type: 'ccEntryPoint' as const, entryPointId: e.entry_id } }] : [])),
  };
}
