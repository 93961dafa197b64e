// What reverting one history entry means for each kind of object: the write
// that puts "before" back, the base version ("after"'s, so a change made
// since is a conflict) and who may do it. Pure: no I/O.
import type { AuditEntry } from '@switchboard/contract/audit';
import { withoutNames, type Menu } from '@switchboard/routing-core/ivr/menu';
import { menuVersion } from '@switchboard/routing-core/ivr/version';
import type { NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { neutralMenuVersion, withoutNeutralNames } from '@switchboard/routing-core/menu-model/semantic';
import { hoursVersion, type HoursState } from '@switchboard/routing-core/schedule/call-routing';
import { AppError } from '../../http/app-error';
import type { HolidayWrite } from '../holidays/service';
import { versionOf, type HolidaysWriteState } from '../holidays/state';

export type RevertWrite =
  | { kind: 'ivr'; arId: string; hours: 'business' | 'closed'; holidayId: string | undefined; menu: Menu; baseVersion: string | null; baseMenu: Menu | undefined }
  | { kind: 'hours'; extensionId: string; schedule: HoursState['schedule']; closedRouting: HoursState['closedRouting']; baseVersion: string }
  | { kind: 'holiday'; extensionId: string; write: HolidayWrite }
  | { kind: 'zendesk'; ivrId: string; menuId: string; menu: NeutralMenu; baseVersion: string | null };

const refuse = (message: string) => new AppError(409, 'conflict', message);

/** The write that reverts `entry`; throws a sentence when there is nothing it could put back. */
export function revertWrite(entry: AuditEntry): RevertWrite {
  if (entry.kind === 'person') throw new AppError(400, 'bad_request', 'Changes to people are undone on the People page, not from the history.');
  if (entry.kind === 'cc') {
    throw new AppError(400, 'bad_request', 'Contact Center changes cannot be reverted from the history yet; change them back in the Contact Center pages.');
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
