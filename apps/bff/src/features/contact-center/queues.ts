// Contact Center queues with the business-hours set and closure set each
// uses (names from Zoom), and a change of a queue's operating hours (PATCH
// …/operating_hours) with its plan twin. The plan warns, in words, when a
// closure set would close a queue whose business hours are open every day.
import type { CcQueue, CcQueueList, OperatingHoursWriteBody } from '@switchboard/contract/cc-queues';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import type { CcQueueOperatingHoursPatch, CcQueueOperatingHoursRead } from '@switchboard/zoom-schema/contact-center-queues';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { WEEKDAYS } from '@switchboard/routing-core/schedule/weekdays';
import { badRequest } from '../../http/app-error';
import { mapPool } from '../../write-pipeline/pool';
import type { Change, Mismatch } from '../../write-pipeline/types';
import { withZoomPriority } from '../../zoom/priority';
import type { Actor } from '../ivr-write/service';
import { businessHoursState } from './business-hours';
import { versionOf, type CcWriteSpec, type CcWriter } from './cc-write';
import type { CcReads } from './zoom-reads';

export interface OperatingHoursState {
  businessHoursId: string | null;
  businessHoursName: string | null;
  followsDefaultBusinessHours: boolean;
  closureSetId: string | null;
  closureSetName: string | null;
  followsDefaultClosureSet: boolean;
}

const CONFLICT =
  "This queue's operating hours were changed in Zoom after you loaded them, so nothing was written. Reload the queues, then apply your change again.";

export function operatingHoursState(r: CcQueueOperatingHoursRead): OperatingHoursState {
  return {
    businessHoursId: r.business_hour_id || null,
    businessHoursName: r.business_hour_name || null,
    followsDefaultBusinessHours: r.account_default_business_hour ?? false,
    closureSetId: r.closure_set_id || null,
    closureSetName: r.closure_set_name || null,
    followsDefaultClosureSet: r.account_default_closure_set ?? false,
  };
}

/** What a queue's version covers: which sets it uses and whether it follows the defaults (not their names). */
export const queueVersion = (s: OperatingHoursState) =>
  versionOf({ b: s.businessHoursId, fb: s.followsDefaultBusinessHours, c: s.closureSetId, fc: s.followsDefaultClosureSet });

const named = (name: string | null, id: string | null, follows: boolean) =>
  id === null ? 'none' : `${name ?? id}${follows ? ' (the account default)' : ''}`;

export class CcQueueService {
  constructor(
    private readonly reads: CcReads,
    private readonly writer: CcWriter,
  ) {}

  list(): Promise<CcQueueList> {
    return withZoomPriority('read', async () => {
      const queues = await this.reads.queues();
      const items = await mapPool(queues, 4, async (q): Promise<CcQueue> => {
        const s = operatingHoursState(await this.reads.operatingHours(q.queue_id));
        return { id: q.queue_id, name: q.queue_name, channel: q.channel ?? 'voice', ...s, version: queueVersion(s) };
      });
      return { items: items.sort((a, b) => a.name.localeCompare(b.name)) };
    });
  }

  private read = async (id: string) => operatingHoursState(await this.reads.operatingHours(id));

  private async warning(businessHoursId: string, closureSetId: string | null): Promise<Change[]> {
    if (!closureSetId) return [];
    const bh = businessHoursState(await this.reads.businessHours(businessHoursId));
    if (!WEEKDAYS.every((d) => bh.schedule.days[d].type === 'all_day')) return [];
    return [
      {
        field: 'Warning',
        before: `“${bh.name}” is open 24 hours, every day`,
        after: 'the closure set will close this queue on its closures',
      },
    ];
  }

  private spec(id: string, body: OperatingHoursWriteBody, name: string | null): CcWriteSpec<OperatingHoursState> {
    return {
      key: `cc-queue:${id}`,
      read: () => this.read(id),
      version: queueVersion,
      baseVersion: body.baseVersion,
      plan: async (current) => {
        const [sets, closureSets] = await Promise.all([this.reads.businessHoursList(), this.reads.closureSets()]);
        const bh = sets.find((s) => s.business_hour_id === body.businessHoursId);
        if (!bh) throw badRequest(`Zoom Contact Center has no business hours ${body.businessHoursId}: choose one of the business-hours sets.`);
        const cs = body.closureSetId ? closureSets.find((s) => s.closure_set_id === body.closureSetId) : null;
        if (body.closureSetId && !cs) throw badRequest(`Zoom Contact Center has no closure set ${body.closureSetId}: choose one of the closure sets, or none.`);
        const diff: Change[] = [];
        const patch: CcQueueOperatingHoursPatch = {};
        if (current.businessHoursId !== body.businessHoursId || current.followsDefaultBusinessHours) {
          diff.push({
            field: 'Business hours',
            before: named(current.businessHoursName, current.businessHoursId, current.followsDefaultBusinessHours),
            after: bh.business_hour_name ?? bh.business_hour_id,
          });
          patch.operating_hours_business_hour_id = body.businessHoursId;
        }
        if (current.closureSetId !== body.closureSetId || current.followsDefaultClosureSet) {
          diff.push({
            field: 'Closure set',
            before: named(current.closureSetName, current.closureSetId, current.followsDefaultClosureSet),
            after: cs ? cs.closure_set_name : 'none',
          });
          patch.operating_hours_closure_set_id = body.closureSetId ?? '';
        }
        if (diff.length === 0) return { ops: [], diff };
        const warn = await this.warning(body.businessHoursId, body.closureSetId);
        return {
          ops: [
            {
              description: `Queue “${name ?? id}”: ${diff.map((d) => `${d.field.toLowerCase()} ${d.after} instead of ${d.before}`).join('; ')}`,
              field: 'operatingHours',
              label: 'light',
              request: { method: 'PATCH', path: operationPath(ZOOM_OPERATIONS.updateCcQueueOperatingHours, id), body: patch },
            },
          ],
          diff: [...diff, ...warn],
        };
      },
      verify: (rb): Mismatch[] => {
        const out: Mismatch[] = [];
        if (rb.businessHoursId !== body.businessHoursId || rb.followsDefaultBusinessHours)
          out.push({ field: 'Business hours', expected: body.businessHoursId, actual: named(rb.businessHoursName, rb.businessHoursId, rb.followsDefaultBusinessHours) });
        if (rb.closureSetId !== body.closureSetId || (body.closureSetId !== null && rb.followsDefaultClosureSet))
          out.push({ field: 'Closure set', expected: body.closureSetId ?? 'none', actual: named(rb.closureSetName, rb.closureSetId, rb.followsDefaultClosureSet) });
        return out;
      },
      feature: 'edit-cc-hours',
      audit: { action: 'cc.queue.operatingHours', type: 'queue', target: { id, name }, subject: 'operating hours' },
      conflictMessage: CONFLICT,
    };
  }

  private async nameOf(id: string): Promise<string | null> {
    return (await this.reads.queues()).find((q) => q.queue_id === id)?.queue_name ?? null;
  }

  async plan(id: string, body: OperatingHoursWriteBody): Promise<WritePlan> {
    const name = await withZoomPriority('write', () => this.nameOf(id));
    return this.writer.plan(this.spec(id, body, name));
  }

  async apply(id: string, body: OperatingHoursWriteBody, actor: Actor, opts: { revertOf?: string } = {}): Promise<WriteResult> {
    const name = await withZoomPriority('write', () => this.nameOf(id));
    return (await this.writer.apply({ ...this.spec(id, body, name), ...opts }, actor)).result;
  }
}
