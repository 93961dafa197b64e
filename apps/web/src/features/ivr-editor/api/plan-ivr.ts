import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import {
  changedBySchema,
  ivrPlanResponseSchema,
  menuChangeSchema,
  type ChangedBy,
  type IvrWriteBody,
} from '@switchboard/contract/ivr';
import { ApiError, apiRequest } from '@/lib/api-client';

export interface IvrWrite {
  autoReceptionistId: string;
  body: IvrWriteBody;
}

/** Plan a menu change: the Zoom requests it would send, as sentences. Nothing is written. */
export const planIvr = ({ autoReceptionistId, body }: IvrWrite) =>
  apiRequest(
    `/api/auto-receptionists/${encodeURIComponent(autoReceptionistId)}/ivr/plan`,
    ivrPlanResponseSchema,
    {
      method: 'POST',
      body,
    },
  );

export function usePlanIvr() {
  return useMutation({ mutationFn: planIvr });
}

const conflictDetailsSchema = z.object({
  diff: z.array(menuChangeSchema),
  changedBy: changedBySchema.optional(),
});

/** A 409 from the plan endpoint: what changed in Zoom since the menu was loaded, and who changed it when known (null for other errors). */
export function planConflict(
  error: unknown,
): { message: string; diff: z.infer<typeof menuChangeSchema>[]; changedBy?: ChangedBy } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = conflictDetailsSchema.safeParse(error.details);
  if (!details.success) return { message: error.message, diff: [] };
  const { diff, changedBy } = details.data;
  return { message: error.message, diff, ...(changedBy === undefined ? {} : { changedBy }) };
}
