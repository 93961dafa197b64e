import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import {
  ivrPlanResponseSchema,
  menuChangeSchema,
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

const conflictDetailsSchema = z.object({ diff: z.array(menuChangeSchema) });

/** A 409 from the plan endpoint: what changed in Zoom since the menu was loaded (null for other errors). */
export function planConflict(
  error: unknown,
): { message: string; diff: z.infer<typeof menuChangeSchema>[] } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = conflictDetailsSchema.safeParse(error.details);
  return { message: error.message, diff: details.success ? details.data.diff : [] };
}
