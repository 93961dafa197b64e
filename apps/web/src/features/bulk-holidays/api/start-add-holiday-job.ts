import { useMutation } from '@tanstack/react-query';
import { jobCreatedSchema, type AddHolidayJobBody } from '@switchboard/contract/jobs';
import { apiRequest } from '@/lib/api-client';

/** Start adding one holiday to many extensions as a background job (202 with its id), followed like a copy. */
export const startAddHolidayJob = (body: AddHolidayJobBody) =>
  apiRequest('/api/jobs/add-holiday', jobCreatedSchema, { method: 'POST', body });

export function useStartAddHolidayJob() {
  return useMutation({ mutationFn: startAddHolidayJob });
}
