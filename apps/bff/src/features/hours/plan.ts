// An extension's hours: the desired state from what the browser sent (names
// dropped, refusals as sentences before anything reaches Zoom), and the
// requests that turn Zoom's current hours into it — at most one PATCH of
// business_hours (custom_hours, the whole week) and one of closed_hours
// (call_handling, the routing), each described in words.
import type { HoursWriteBody } from '@switchboard/contract/hours';
import type { TargetNamer } from '@switchboard/routing-core/ivr/describe';
import { callRoutingIssues, routingWithoutNames, sameCallRouting, type HoursState } from '@switchboard/routing-core/schedule/call-routing';
import { callRoutingPatch, describeCallRouting } from '@switchboard/routing-core/schedule/call-routing-zoom';
import { CLOSED_ROUTING_FIELD, diffHours } from '@switchboard/routing-core/schedule/hours-diff';
import { callHandlingPath, customHoursPatch } from '@switchboard/routing-core/schedule/to-zoom-phone';
import { ScheduleNotWritableError } from '@switchboard/routing-core/schedule/validate';
import { badRequest } from '../../http/app-error';
import type { Change, PlannedWrite } from '../../write-pipeline/types';
import type { Extension } from '../extensions/service';

/** The hours the caller wants, from the current ones and the body; 400 with sentences for what Zoom would refuse. */
export function desiredHours(ext: Extension, current: HoursState, body: Pick<HoursWriteBody, 'schedule' | 'closedRouting'>): HoursState {
  if (body.schedule && body.schedule.timezone !== ext.timezone) {
    throw badRequest(
      `The hours must be on ${ext.name}'s own clock (${ext.timezone}), not ${body.schedule.timezone}: Zoom keeps an extension's hours in its own time zone.`,
      { issues: [{ field: 'schedule.timezone', message: `Use ${ext.timezone}.` }] },
    );
  }
  const closedRouting = body.closedRouting ? routingWithoutNames(body.closedRouting) : current.closedRouting;
  if (body.closedRouting) {
    const issues = callRoutingIssues(closedRouting!, ext.type);
    if (issues.length > 0) throw badRequest(issues.map((i) => i.message).join(' '), { issues });
  }
  return { schedule: body.schedule ?? current.schedule, closedRouting };
}

/** The requests from `current` to `desired` and the change in words. */
export function planHours(ext: Extension, current: HoursState, desired: HoursState, namer?: TargetNamer): { ops: PlannedWrite[]; diff: Change[] } {
  const diff = diffHours(current, desired, namer);
  const ops: PlannedWrite[] = [];
  const days = diff.filter((c) => c.field !== CLOSED_ROUTING_FIELD);
  try {
    if (days.length > 0) {
      ops.push({
        description: `Business hours (${ext.timezone}): ${days.map((d) => `${d.field} ${d.after} instead of ${d.before}`).join('; ')}`,
        field: 'schedule',
        label: 'light',
        request: { method: 'PATCH', path: callHandlingPath(ext.id, 'business_hours'), body: customHoursPatch(desired.schedule) },
      });
    }
    if (!sameCallRouting(current.closedRouting, desired.closedRouting) && desired.closedRouting) {
      ops.push({
        description: `When closed: ${describeCallRouting(desired.closedRouting, 'closed', namer)} instead of ${describeCallRouting(current.closedRouting, 'closed').replace(/^./, (c) => c.toLowerCase())}`,
        field: 'closedRouting',
        label: 'light',
        request: { method: 'PATCH', path: callHandlingPath(ext.id, 'closed_hours'), body: callRoutingPatch(desired.closedRouting, ext.type) },
      });
    }
  } catch (err) {
    if (err instanceof ScheduleNotWritableError) throw badRequest(err.message, { issues: err.issues });
    throw err;
  }
  return { ops, diff };
}
