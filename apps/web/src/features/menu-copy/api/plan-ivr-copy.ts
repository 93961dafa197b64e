import { useMutation } from '@tanstack/react-query';
import { ivrCopyPlanResponseSchema, type IvrCopyPlanBody } from '@switchboard/contract/ivr-copy';
import { apiRequest } from '@/lib/api-client';

/** Each target's plan for copying the source's menu: nothing is written (POST because it carries a list). */
export const planIvrCopy = (sourceId: string, body: IvrCopyPlanBody) =>
  apiRequest(`/api/auto-receptionists/${encodeURIComponent(sourceId)}/ivr/copy/plan`, ivrCopyPlanResponseSchema, {
    method: 'POST',
    body,
  });

export function usePlanIvrCopy(sourceId: string) {
  return useMutation({ mutationFn: (body: IvrCopyPlanBody) => planIvrCopy(sourceId, body) });
}
