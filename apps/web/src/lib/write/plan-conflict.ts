// A 409 from a `…/plan` endpoint: the object changed in Zoom since it was
// loaded. Its details say what changed and, when known, who changed it.
import { z } from 'zod';
import { changedBySchema, menuChangeSchema, type ChangedBy, type MenuChange } from '@switchboard/contract/ivr';
import { ApiError } from '../api-client';

const conflictDetailsSchema = z.object({
  diff: z.array(menuChangeSchema),
  changedBy: changedBySchema.optional(),
});

/** What changed in Zoom since the object was loaded, and who changed it when known (null for other errors). */
export function planConflict(error: unknown): { message: string; diff: MenuChange[]; changedBy?: ChangedBy } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = conflictDetailsSchema.safeParse(error.details);
  if (!details.success) return { message: error.message, diff: [] };
  const { diff, changedBy } = details.data;
  return { message: error.message, diff, ...(changedBy === undefined ? {} : { changedBy }) };
}
