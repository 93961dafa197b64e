import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inviteAnswerSchema, type InviteBody } from '@switchboard/contract/people';
import { apiRequest } from '@/lib/api-client';
import { peopleQueryOptions } from './get-people';

export const invitePerson = (body: InviteBody) => apiRequest('/api/users', inviteAnswerSchema, { method: 'POST', body });

export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: invitePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryOptions().queryKey }),
  });
}
