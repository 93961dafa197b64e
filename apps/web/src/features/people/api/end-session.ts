import { z } from 'zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { peopleQueryOptions } from './get-people';

export const endSession = (id: string) =>
  apiRequest(`/api/sessions/${encodeURIComponent(id)}`, z.object({ auditId: z.string() }), { method: 'DELETE' });

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryOptions().queryKey }),
  });
}
