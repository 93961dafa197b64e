import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetAnswerSchema } from '@switchboard/contract/people';
import { apiRequest } from '@/lib/api-client';
import { peopleQueryOptions } from './get-people';

export const resetPassword = (id: string) =>
  apiRequest(`/api/users/${encodeURIComponent(id)}/reset-password`, resetAnswerSchema, { method: 'POST' });

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryOptions().queryKey }),
  });
}
