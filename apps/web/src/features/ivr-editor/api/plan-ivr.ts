import { useMutation } from '@tanstack/react-query';
import { ivrPlanResponseSchema, type IvrWriteBody } from '@switchboard/contract/ivr';
import { apiRequest } from '@/lib/api-client';

export interface IvrWrite {
  autoReceptionistId: string;
  body: IvrWriteBody;
}

/** Plan a menu change: the Zoom requests it would send, as sentences. Nothing is written (a 409: see lib/write/plan-conflict). */
export const planIvr = ({ autoReceptionistId, body }: IvrWrite) =>
  apiRequest(`/api/auto-receptionists/${encodeURIComponent(autoReceptionistId)}/ivr/plan`, ivrPlanResponseSchema, {
    method: 'POST',
    body,
  });

export function usePlanIvr() {
  return useMutation({ mutationFn: planIvr });
}
