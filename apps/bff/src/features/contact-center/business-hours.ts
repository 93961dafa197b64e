// Contact Center business-hours sets: list, one set with the queues and flows
// using it, and a change of its week (several ranges a day, weekdays written
// as Zoom's day_of_week 1 = Monday … 7 = Sunday by routing-core) with its
// plan twin. Names and usage come from Zoom.
import type { BusinessHoursList, BusinessHoursResponse, BusinessHoursWriteBody } from '@switchboard/contract/cc-hours';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { businessHoursFromCc } from '@switchboard/routing-core/schedule/from-cc';
import type { WeekSchedule } from '@switchboard/routing-core/schedule/model';
import { ccBusinessHoursPatch } from '@switchboard/routing-core/schedule/to-cc';
import { diffHours } from '@switchboard/routing-core/schedule/hours-diff';
import { ScheduleNotWritableError } from '@switchboard/routing-core/schedule/validate';
import type { CcBusinessHoursRead } from '@switchboard/zoom-schema/contact-center-hours';
import { ZOOM_OPERATIONS, operationPath } from '@switchboard/zoom-schema/operations';
import { badRequest } from '../../http/app-error';
import type { Change, PlannedWrite } from '../../write-pipeline/types';
import { withZoomPriority } from '../../zoom/priority';
import type { Actor } from '../ivr-write/service';
import { differs, versionOf, type CcWriteSpec, type CcWriter } from './cc-write';
import type { CcReads } from './zoom-reads';

export interface BusinessHoursState {
  id: string;
  name: string;
  description: string;
  accountDefault: boolean;
  schedule: WeekSchedule;
}

const CONFLICT =
  'These business hours were changed in Zoom after you loaded them, so nothing was written. Reload to see the current hours, then apply your change again.';

export function businessHoursState(read: CcBusinessHoursRead): BusinessHoursState {
  return { ...businessHoursFromCc(read), accountDefault: read.account_default ?? false };
}

export class CcBusinessHoursService {
  constructor(
    private readonly reads: CcReads,
    private readonly writer: CcWriter,
  ) {}

  list(): Promise<BusinessHoursList> {
    return withZoomPriority('read', async () => ({
      items: (await this.reads.businessHoursList()).map((r) => {
        const s = businessHoursState(r);
        return { id: s.id, name: s.name, description: s.description, timezone: s.schedule.timezone, accountDefault: s.accountDefault };
      }),
    }));
  }

  private read = async (id: string) => businessHoursState(await this.reads.businessHours(id));

  get(id: string): Promise<BusinessHoursResponse> {
    return withZoomPriority('read', async () => {
      const [state, usedBy] = await Promise.all([this.read(id), this.reads.usedBy('businessHours', id)]);
      return {
        businessHours: { id: state.id, name: state.name, description: state.description, timezone: state.schedule.timezone, accountDefault: state.accountDefault, schedule: state.schedule },
        usedBy,
        version: versionOf(state),
      };
    });
  }

  private spec(id: string, body: BusinessHoursWriteBody, name: string | null): CcWriteSpec<BusinessHoursState> {
    const desired = (current: BusinessHoursState): BusinessHoursState => ({
      ...current,
      name: body.name ?? current.name,
      description: body.description ?? current.description,
      schedule: body.schedule,
    });
    return {
      key: `cc-bh:${id}`,
      read: () => this.read(id),
      baseVersion: body.baseVersion,
      plan: (current) => {
        const want = desired(current);
        const diff: Change[] = [
          ...(want.name !== current.name ? [{ field: 'Name', before: current.name, after: want.name }] : []),
          ...(want.description !== current.description ? [{ field: 'Description', before: current.description, after: want.description }] : []),
          ...diffHours({ schedule: current.schedule, closedRouting: null }, { schedule: want.schedule, closedRouting: null }),
        ];
        if (diff.length === 0) return { ops: [], diff };
        let patch;
        try {
          patch = ccBusinessHoursPatch(want.schedule, {
            ...(want.name !== current.name ? { name: want.name } : {}),
            ...(want.description !== current.description ? { description: want.description } : {}),
          });
        } catch (err) {
          if (err instanceof ScheduleNotWritableError) throw badRequest(err.message, { issues: err.issues });
          throw err;
        }
        const op: PlannedWrite = {
          description: `Business hours “${current.name}” (${want.schedule.timezone}): ${diff.map((d) => `${d.field} ${d.after} instead of ${d.before}`).join('; ')}`,
          field: 'schedule',
          label: 'light',
          request: { method: 'PATCH', path: operationPath(ZOOM_OPERATIONS.updateCcBusinessHours, id), body: patch },
        };
        return { ops: [op], diff };
      },
      verify: (readBack) => {
        const want = desiredFrom(readBack, body);
        return [
          ...differs('Name', want.name, readBack.name),
          ...differs('Description', want.description, readBack.description),
          ...diffHours({ schedule: readBack.schedule, closedRouting: null }, { schedule: want.schedule, closedRouting: null }).map((d) => ({
            field: d.field,
            expected: d.after,
            actual: d.before,
          })),
        ];
      },
      feature: 'edit-cc-hours',
      audit: { action: 'cc.businessHours.update', type: 'businessHours', target: { id, name }, subject: 'business hours' },
      conflictMessage: CONFLICT,
    };
  }

  plan(id: string, body: BusinessHoursWriteBody): Promise<WritePlan> {
    return this.writer.plan(this.spec(id, body, null));
  }

  async apply(id: string, body: BusinessHoursWriteBody, actor: Actor, opts: { revertOf?: string } = {}): Promise<WriteResult> {
    const current = await withZoomPriority('write', () => this.read(id));
    return (await this.writer.apply({ ...this.spec(id, body, current.name), ...opts }, actor)).result;
  }
}

function desiredFrom(readBack: BusinessHoursState, body: BusinessHoursWriteBody): BusinessHoursState {
  return { ...readBack, name: body.name ?? readBack.name, description: body.description ?? readBack.description, schedule: body.schedule };
}
