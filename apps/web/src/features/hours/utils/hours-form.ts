// The hours form: the contract's write body (baseVersion, the whole week,
// where calls go when closed) checked by zodResolver before anything is sent —
// the week by the Phone rules (one range a day, in order) and the routing by
// what Zoom allows for this kind of extension. Also the body to plan: only
// the parts that changed.
import { z } from 'zod';
import { hoursWriteBodySchema, type HoursResponse, type HoursWriteBody } from '@switchboard/contract/hours';
import { callRoutingIssues, sameCallRouting, type CallRouting } from '@switchboard/routing-core/schedule/call-routing';
import { changedDays } from '@/components/schedule/week';

/** The write body, with the routing in the model's own type (what the target pickers give). */
export type HoursForm = Omit<HoursWriteBody, 'closedRouting'> & { closedRouting?: CallRouting };

/**
 * The body that would be sent, checked with the contract's schema, and a new
 * routing with the rules for this kind of extension: what Zoom holds and is
 * left alone is never refused here (Zoom may hold what Switchboard cannot write).
 */
export const hoursFormSchema = (loaded: HoursResponse) =>
  z.custom<HoursForm>().superRefine((form, ctx) => {
    const body = hoursBody(loaded, form);
    for (const issue of hoursWriteBodySchema.safeParse(body).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    for (const issue of body.closedRouting ? callRoutingIssues(body.closedRouting, loaded.extension.type) : []) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });

/** A routing as the form holds it: Zoom's words left out (the contract refuses unknown fields). */
export function formRouting(routing: CallRouting | null): CallRouting | undefined {
  return routing ? { action: routing.action, target: routing.target } : undefined;
}

export function formFromHours(hours: HoursResponse): HoursForm {
  const closedRouting = formRouting(hours.closedRouting);
  return { baseVersion: hours.version, schedule: hours.schedule, ...(closedRouting ? { closedRouting } : {}) };
}

/** The body to plan: the week when a day changed, the routing when it goes somewhere else. */
export function hoursBody(loaded: HoursResponse, form: HoursForm): HoursForm {
  const body: HoursForm = { baseVersion: loaded.version };
  if (form.schedule && changedDays(loaded.schedule, form.schedule).length > 0) body.schedule = form.schedule;
  if (form.closedRouting && !sameCallRouting(formRouting(loaded.closedRouting) ?? null, form.closedRouting)) body.closedRouting = form.closedRouting;
  return body;
}

/** How many parts differ from Zoom: days, and the routing. */
export function changeCount(loaded: HoursResponse, form: HoursForm): number {
  const body = hoursBody(loaded, form);
  return (body.schedule ? changedDays(loaded.schedule, body.schedule).length : 0) + (body.closedRouting ? 1 : 0);
}
