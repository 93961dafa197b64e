// A queue's operating hours: which business-hours set and closure set it
// uses (the account default, followed when it changes, or a chosen one) and
// where engagements overflow while it is closed — one overflow target at a
// time, setting one clears the others.
import type { FastifyRequest } from 'fastify';
import type { SimContext } from '../../context';
import { decidedError } from '../../platform/decisions';
import { bodyProblems } from '../../platform/operations';
import type { CcOverflow, CcQueueRecord, CcSetChoice } from '../../state/contact-center';
import { CC_DECIDED } from '../../platform/decisions-contact-center';
import { bodyOf, ccOf, ccValidationFailed, touch } from '../common';
import type { Json } from '../common';
import { queueBusinessHours, queueClosureSet } from '../usage';

export function operatingHoursJson(ctx: SimContext, q: CcQueueRecord): Json {
  const cc = ccOf(ctx);
  const hours = queueBusinessHours(cc, q);
  const closures = queueClosureSet(cc, q);
  const o = q.overflow;
  const name = <T extends { id: string; name: string }>(list: T[], id: string | null) => list.find((x) => x.id === id)?.name ?? '';
  return {
    business_hour_id: hours?.id ?? '',
    business_hour_name: hours?.name ?? '',
    account_default_business_hour: q.businessHours.followDefault,
    ...(closures ? { closure_set_id: closures.id, closure_set_name: closures.name } : {}),
    account_default_closure_set: q.closureSet.followDefault,
    operating_hours_overflow_enabled: o.enabled,
    overflow_to_default_goodbye_message: o.defaultGoodbye,
    ...(o.goodbyeAssetId
      ? { overflow_to_goodbye_message_asset_id: o.goodbyeAssetId, overflow_to_goodbye_message_asset_name: name(cc.assets, o.goodbyeAssetId) }
      : {}),
    ...(o.queueId ? { overflow_to_queue_id: o.queueId, overflow_to_queue_name: cc.queues.find((x) => x.queueId === o.queueId)?.name ?? '' } : {}),
    ...(o.flowId ? { overflow_to_flow_id: o.flowId, overflow_to_flow_name: name(cc.flows, o.flowId) } : {}),
    ...(o.inboxId ? { overflow_to_inbox_id: o.inboxId, overflow_to_inbox_name: name(cc.inboxes, o.inboxId) } : {}),
  };
}

const OVERFLOW_FIELDS = ['overflow_to_default_goodbye_message', 'overflow_to_goodbye_message_asset_id', 'overflow_to_queue_id', 'overflow_to_flow_id', 'overflow_to_inbox_id'];

/** Validates the update and returns the change to commit (nothing changes before). */
export function patchOperatingHours(ctx: SimContext, request: FastifyRequest, queue: CcQueueRecord): () => void {
  if (bodyProblems(request).length > 0) throw ccValidationFailed(request);
  const cc = ccOf(ctx);
  const body = bodyOf(request);

  let businessHours: CcSetChoice = queue.businessHours;
  if (body.account_default_business_hour === true) businessHours = { followDefault: true, id: null };
  else if (typeof body.operating_hours_business_hour_id === 'string') {
    const id = body.operating_hours_business_hour_id;
    if (!cc.businessHours.some((b) => b.id === id)) throw decidedError(CC_DECIDED.operatingHoursUnknownBusinessHours, id);
    businessHours = { followDefault: false, id };
  } else if (body.account_default_business_hour === false) businessHours = { followDefault: false, id: queueBusinessHours(cc, queue)?.id ?? null };

  let closureSet: CcSetChoice = queue.closureSet;
  if (body.account_default_closure_set === true) closureSet = { followDefault: true, id: null };
  else if (typeof body.operating_hours_closure_set_id === 'string') {
    const id = body.operating_hours_closure_set_id;
    // An empty id leaves the queue without a closure set.
    if (id !== '' && !cc.closureSets.some((s) => s.id === id)) throw decidedError(CC_DECIDED.operatingHoursUnknownClosureSet, id);
    closureSet = { followDefault: false, id: id === '' ? null : id };
  } else if (body.account_default_closure_set === false) closureSet = { followDefault: false, id: queueClosureSet(cc, queue)?.id ?? null };

  const given = OVERFLOW_FIELDS.filter((f) => body[f] !== undefined);
  if (given.length > 1) throw decidedError(CC_DECIDED.oneOverflowField);
  let overflow: CcOverflow = { ...queue.overflow };
  const cleared: CcOverflow = { enabled: overflow.enabled, defaultGoodbye: false, goodbyeAssetId: null, queueId: null, flowId: null, inboxId: null };
  const field = given[0];
  if (field) {
    const value = body[field];
    const missing = () => decidedError(CC_DECIDED.unknownOverflowTarget, String(value));
    if (field === 'overflow_to_default_goodbye_message') overflow = { ...cleared, defaultGoodbye: value === true };
    else if (typeof value !== 'string') throw ccValidationFailed(request);
    else if (field === 'overflow_to_goodbye_message_asset_id') {
      if (!cc.assets.some((a) => a.id === value && a.type === 'audio' && a.archivedAt === null)) throw missing();
      overflow = { ...cleared, goodbyeAssetId: value };
    } else if (field === 'overflow_to_queue_id') {
      const target = cc.queues.find((q) => q.queueId === value || q.ccQueueId === value);
      if (!target || target === queue) throw missing();
      overflow = { ...cleared, queueId: target.queueId };
    } else if (field === 'overflow_to_flow_id') {
      if (!cc.flows.some((f) => f.id === value)) throw missing();
      overflow = { ...cleared, flowId: value };
    } else {
      if (!cc.inboxes.some((i) => i.id === value)) throw missing();
      overflow = { ...cleared, inboxId: value };
    }
  }
  if (typeof body.operating_hours_overflow_enabled === 'boolean') overflow.enabled = body.operating_hours_overflow_enabled;

  return () => {
    queue.businessHours = businessHours;
    queue.closureSet = closureSet;
    queue.overflow = overflow;
    touch(ctx, queue);
  };
}
