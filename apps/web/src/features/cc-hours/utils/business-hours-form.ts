// The business-hours form: the set's name, description and whole week (in its
// zone, several ranges a day), checked with the contract's write schema — the
// Contact Center rules (ranges in order, not overlapping) — before anything is sent.
import { z } from 'zod';
import { businessHoursWriteBodySchema, type BusinessHoursResponse, type BusinessHoursWriteBody } from '@switchboard/contract/cc-hours';
import { changedDays } from '@/components/schedule/week';

export type BusinessHoursForm = Required<Pick<BusinessHoursWriteBody, 'name' | 'description' | 'schedule'>>;

export const formFromBusinessHours = ({ businessHours: b }: BusinessHoursResponse): BusinessHoursForm => ({
  name: b.name,
  description: b.description,
  schedule: b.schedule,
});

/** The body to plan: the week always (Zoom takes it whole), a name or description only when changed. */
export function businessHoursBody(loaded: BusinessHoursResponse, form: BusinessHoursForm): BusinessHoursWriteBody {
  const b = loaded.businessHours;
  return {
    baseVersion: loaded.version,
    ...(form.name.trim() !== b.name ? { name: form.name.trim() } : {}),
    ...(form.description !== b.description ? { description: form.description } : {}),
    schedule: form.schedule,
  };
}

export function changeCount(loaded: BusinessHoursResponse, form: BusinessHoursForm): number {
  const body = businessHoursBody(loaded, form);
  return changedDays(loaded.businessHours.schedule, form.schedule).length + ('name' in body ? 1 : 0) + ('description' in body ? 1 : 0);
}

export const businessHoursFormSchema = (loaded: BusinessHoursResponse) =>
  z.custom<BusinessHoursForm>().superRefine((form, ctx) => {
    for (const issue of businessHoursWriteBodySchema.safeParse(businessHoursBody(loaded, form)).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: issue.path as (string | number)[], message: issue.message });
    }
  });
