// The bulk-holiday form: the extensions chosen and one holiday or a set of
// them, each checked with the contract's add-holiday job body before anything
// starts; a holiday over already on every chosen extension's clock is refused
// here (an overlap with an extension's own holidays is judged per extension by
// the job, which then writes nothing there and says why).
import { z } from 'zod';
import { addHolidayJobBodySchema } from '@switchboard/contract/jobs';
import { describeHolidaySpan } from '@switchboard/routing-core/schedule/holiday-rules';
import { spanEndExclusive } from '@switchboard/routing-core/schedule/calendar';
import { zonedFromLocal } from '@switchboard/routing-core/schedule/zone-time';

export interface BulkHoliday {
  name: string;
  start: string;
  end: string;
}
export interface BulkForm {
  extensionIds: string[];
  holidays: BulkHoliday[];
}

export interface BulkContext {
  /** Each extension's zone (the holiday is read on each one's own clock). */
  zoneOf: (extensionId: string) => string | undefined;
  now: string;
}

/** Whether the holiday has ended in every one of these zones. */
function overEverywhere(h: BulkHoliday, zones: readonly string[], now: string): boolean {
  const t = Date.parse(now);
  return zones.length > 0 && zones.every((zone) => zonedFromLocal(spanEndExclusive(h.end), zone).toMillis() <= t);
}

export const bulkFormSchema = ({ zoneOf, now }: BulkContext) =>
  z.custom<BulkForm>().superRefine((form, ctx) => {
    const zones = [...new Set(form.extensionIds.map(zoneOf).filter((z): z is string => Boolean(z)))];
    form.holidays.forEach((h, i) => {
      const parsed = addHolidayJobBodySchema.safeParse({ extensionIds: form.extensionIds, ...h });
      for (const issue of parsed.error?.issues ?? []) {
        const path = issue.path[0] === 'extensionIds' ? ['extensionIds'] : ['holidays', i, ...issue.path];
        if (path[0] === 'extensionIds' && i > 0) continue;
        ctx.addIssue({ code: 'custom', path, message: issue.message });
      }
      if (parsed.success && overEverywhere(h, zones, now)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', i, 'end'],
          message: `"${h.name.trim()}" (${describeHolidaySpan(h)}) is over already on every extension chosen: a holiday wholly in the past changes nothing. Check the year.`,
        });
      }
    });
  });
