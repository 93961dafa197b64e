import { queryOptions, useQuery } from '@tanstack/react-query';
import { ivrResponseSchema } from '@switchboard/contract/ivr';
import type { Hours } from '@switchboard/routing-core/ivr/menu';
import { apiRequest } from '@/lib/api-client';

export interface IvrMenuParams {
  autoReceptionistId: string;
  hours: Hours;
  holidayId?: string;
}

export const getIvrMenu = ({ autoReceptionistId, hours, holidayId }: IvrMenuParams, signal?: AbortSignal) =>
  apiRequest(`/api/auto-receptionists/${encodeURIComponent(autoReceptionistId)}/ivr`, ivrResponseSchema, {
    query: { hours, holidayId },
    signal,
  });

export const ivrMenuQueryOptions = (params: IvrMenuParams) =>
  queryOptions({
    // Under the auto receptionist's key: invalidating an AR refreshes its menus.
    queryKey: ['auto-receptionists', params.autoReceptionistId, 'ivr', { hours: params.hours, holidayId: params.holidayId ?? null }] as const,
    queryFn: ({ signal }) => getIvrMenu(params, signal),
  });

export function useIvrMenu(params: IvrMenuParams) {
  return useQuery(ivrMenuQueryOptions(params));
}
