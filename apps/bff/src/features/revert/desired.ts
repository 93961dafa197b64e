// What reverting one history entry means for each kind of object: the write
// that puts "before" back, the base version ("after"'s, so a change made
// since is a conflict) and who may do it. Pure: no I/O.
import type { AuditEntry } from '@switchboard/contract/audit';
import { withoutNames, type Menu } from '@switchboard/routing-core/ivr/menu';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { neutralMenuVersion, withoutNeutralNames } from '@switchboard/routing-core/menu-model/semantic';
import { hoursVersion, type HoursState } from '@switchboard/routing-core/schedule/call-routing';
import type { BusinessHoursWriteBody } from '@switchboard/contract/cc-hours';
import type { OperatingHoursWriteBody } from '@switchboard/contract/cc-queues';
import { revertExists } from '@switchboard/contract/revert';
import { AppError } from '../../http/app-error';
import type { BusinessHoursState } from '../contact-center/business-hours';
import { versionOf as ccVersionOf } from '../contact-center/cc-write';
import { queueVersion, type OperatingHoursState } from '../contact-center/queues';
import type { HolidayWrite } from '../holidays/service';
import { versionOf, type HolidaysWriteState } from '../holidays/state';

export type RevertWrite =
  | { kind: 'ivr'; arId: string; hours: 'business' | 'closed'; holidayId: string | undefined; menu: Menu; baseVersion: string | null; baseMenu: Menu | undefined }
  | { kind: 'hours'; extensionId: string; schedule: HoursState['schedule']; closedRouting: HoursState['closedRouting']; baseVersion: string }
  | { kind: 'holiday'; extensionId: string; write: HolidayWrite }
  | { kind: 'zendesk'; ivrId: string; menuId: string; menu: NeutralMenu; baseVersion: string | null }
  | { kind: 'ccBusinessHours'; id: string; body: BusinessHoursWriteBody }
  | { kind: 'ccQueue'; id: string; body: OperatingHoursWriteBody };

const refuse = (message: string) => new AppError(409, 'conflict', message);

/** The write that reverts `entry`; throws a sentence when there is nothing it could put back. */
export function revertWrite(entry: AuditEntry): RevertWrite {
  if (entry.kind === 'person') throw new AppError(400, 'bad_request', 'Changes to people are undone on the People page, not from the history.');
  if (entry.kind === 'cc' && !revertExists(entry)) {
    throw new AppError(400, 'bad_request', 'This kind of Contact Center change cannot be reverted from the history; change it back on its Contact Center page.');
  }
  if (!entry.finishedAt) throw refuse('This change is still being applied; wait until it has finished.');
  if (entry.outcome === 'conflict' || entry.outcome === 'no_change') throw refuse('This change wrote nothing to Zoom, so there is nothing to revert.');
  if (entry.before === null) throw refuse('The history does not hold what was there before this change, so it cannot be put back.');
  switch (entry.kind) {
    case 'ivr':
      return {
        kind: 'ivr',
        arId: entry.target.id,
        hours: entry.scope.hours,
        holidayId: entry.scope.holidayId ?? undefined,
        menu: withoutNames(entry.before),
        // interrupted or unread: nobody knows what it left; the revert then starts from Zoom's menu as it is now
        baseVersion: entry.after ? menuVersion(entry.after) : null,
        baseMenu: entry.after ? withoutNames(entry.after) : undefined,
      };
    case 'hours':
      if (!entry.after) throw refuse('Nobody knows what this change left in Zoom; reload the hours page and set them by hand.');
      return {
        kind: 'hours',
        extensionId: entry.target.id,
        schedule: entry.before.schedule,
        closedRouting: entry.before.closedRouting,
        baseVersion: hoursVersion(entry.after as HoursState),
      };
    case 'holiday':
      return { kind: 'holiday', extensionId: entry.target.id, write: holidayRevert(entry) };
    case 'cc':
      return ccRevert(entry);
    case 'zendeskMenu':
      return {
        kind: 'zendesk',
        ivrId: entry.ivr.id,
        menuId: entry.target.id,
        menu: withoutNeutralNames(entry.before),
        baseVersion: entry.after ? neutralMenuVersion(entry.after) : null,
      };
  }
}

function ccRevert(entry: Extract<AuditEntry, { kind: 'cc' }>): RevertWrite {
  if (!entry.after) throw refuse('Nobody knows what this change left in Zoom; open it on its Contact Center page and set it by hand.');
  if (entry.action === 'cc.businessHours.update') {
    const before = entry.before as BusinessHoursState;
    return {
      kind: 'ccBusinessHours',
      id: entry.target.id,
      body: { baseVersion: ccVersionOf(entry.after), name: before.name, description: before.description, schedule: before.schedule as BusinessHoursWriteBody['schedule'] },
    };
  }
  const before = entry.before as OperatingHoursState;
  if (!before.businessHoursId) throw refuse('The queue had no business hours before this change, and Zoom cannot be set back to none.');
  return {
    kind: 'ccQueue',
    id: entry.target.id,
    body: { baseVersion: queueVersion(entry.after as OperatingHoursState), businessHoursId: before.businessHoursId, closureSetId: before.closureSetId },
  };
}

function holidayRevert(entry: Extract<AuditEntry, { kind: 'holiday' }>): HolidayWrite {
  const id = entry.holiday.id;
  if (!id) throw refuse('Zoom never gave this holiday an id, so Switchboard cannot tell which holiday to take back.');
  const after = entry.after as HolidaysWriteState | null;
  const base = after ? versionOf(after, id) : undefined;
  const was = entry.before!.holidays.find((h) => h.id === id);
  switch (entry.action) {
    case 'holiday.add':
      return { kind: 'delete', holidayId: id, baseVersion: base };
    case 'holiday.delete':
      if (!was) throw refuse('The history does not hold the deleted holiday, so it cannot be added back.');
      return { kind: 'add', holiday: { name: was.name, start: was.start, end: was.end } };
    case 'holiday.update':
      if (!was || base === undefined) throw refuse('The history does not hold this holiday before and after the change, so it cannot be put back.');
      return { kind: 'update', holidayId: id, holiday: { name: was.name, start: was.start, end: was.end }, baseVersion: base };
  }
}

/** "Put back the business hours menu of Main Line as it was before admin@example.com changed it on 30 Nov 2026, 16:55 UTC." */
export function revertWords(entry: AuditEntry): string {
  const who = entry.actor.email ?? 'someone';
  const when = new Date(entry.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const name = entry.target.name ?? entry.target.id;
  if (entry.kind === 'holiday') {
    const h = `the holiday “${entry.holiday.name}”`;
    const what = entry.action === 'holiday.add' ? `Delete ${h} from ${name}` : entry.action === 'holiday.delete' ? `Add ${h} back to ${name}` : `Put ${h} of ${name} back`;
    return `${what}, as it was before ${who}’s change on ${when} UTC.`;
  }
  if (entry.kind === 'zendeskMenu') {
    return `Put back the ${entry.subject} of ${entry.ivr.name ?? 'its IVR'} as it was before ${who}’s change on ${when} UTC.`;
  }
  return `Put back the ${entry.subject} of ${name} as it was before ${who}’s change on ${when} UTC.`;
}
