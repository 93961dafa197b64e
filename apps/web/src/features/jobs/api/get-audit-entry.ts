import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditEntrySchema } from '@switchboard/contract/audit';
import { apiRequest } from '@/lib/api-client';

export const getAuditEntry = (id: string, signal?: AbortSignal) =>
  apiRequest(`/api/audit/${encodeURIComponent(id)}`, auditEntrySchema, { signal });

export const auditEntryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['audit', id] as const,
    queryFn: ({ signal }) => getAuditEntry(id, signal),
    // An audit entry never changes once written.
    staleTime: Infinity,
  });

/** One change-history entry: here for the Zoom tracking ids of a copy target's requests. */
export function useAuditEntry(id: string | null) {
  return useQuery({ ...auditEntryQueryOptions(id ?? ''), enabled: Boolean(id) });
}
