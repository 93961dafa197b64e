// Which queues and flows use a business-hours set or a closure set. A queue
// that follows the account default uses whichever set is the default now.
import type { ContactCenterState, CcFlowRecord, CcQueueRecord } from '../state/contact-center';

export const defaultBusinessHours = (cc: ContactCenterState) => cc.businessHours.find((b) => b.accountDefault);
export const defaultClosureSet = (cc: ContactCenterState) => cc.closureSets.find((c) => c.accountDefault);

export function queueBusinessHours(cc: ContactCenterState, q: CcQueueRecord) {
  const id = q.businessHours.followDefault ? defaultBusinessHours(cc)?.id : q.businessHours.id;
  return cc.businessHours.find((b) => b.id === id);
}

export function queueClosureSet(cc: ContactCenterState, q: CcQueueRecord) {
  const id = q.closureSet.followDefault ? defaultClosureSet(cc)?.id : q.closureSet.id;
  return id ? cc.closureSets.find((c) => c.id === id) : undefined;
}

export const queuesUsingBusinessHours = (cc: ContactCenterState, id: string): CcQueueRecord[] =>
  cc.queues.filter((q) => queueBusinessHours(cc, q)?.id === id);

export const queuesUsingClosureSet = (cc: ContactCenterState, id: string): CcQueueRecord[] =>
  cc.queues.filter((q) => queueClosureSet(cc, q)?.id === id);

export const flowsUsingBusinessHours = (cc: ContactCenterState, id: string): CcFlowRecord[] => cc.flows.filter((f) => f.businessHourIds.includes(id));

export const flowsUsingClosureSet = (cc: ContactCenterState, id: string): CcFlowRecord[] => cc.flows.filter((f) => f.closureSetIds.includes(id));

/** The `{queue_id, cc_queue_id, queue_name}` and `{flow_id, flow_name}` entries of the sets' sub-lists. */
export const queueRef = (q: CcQueueRecord) => ({ queue_id: q.queueId, cc_queue_id: q.ccQueueId, queue_name: q.name });
export const flowRef = (f: CcFlowRecord) => ({ flow_id: f.id, flow_name: f.name });
