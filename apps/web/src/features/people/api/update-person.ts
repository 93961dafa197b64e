import { useMutation, useQueryClient } from '@tanstack/react-query';
import { personAnswerSchema, type UpdatePersonBody } from '@switchboard/contract/people';
import { apiRequest } from '@/lib/api-client';
import { peopleQueryOptions } from './get-people';

export const updatePerson = ({ id, ...body }: UpdatePersonBody & { id: string }) =>
  apiRequest(`/api/users/${encodeURIComponent(id)}`, personAnswerSchema, { method: 'PATCH', body });

/** A new role, or the account disabled or enabled; their sessions end (so the sessions list is refreshed too). */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryOptions().queryKey }),
  });
}
