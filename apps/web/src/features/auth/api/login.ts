import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionSchema, type LoginBody, type Session } from '@switchboard/contract/session';
import { apiRequest, setCsrfToken } from '@/lib/api-client';
import { sessionQueryOptions } from './get-session';

export async function login(body: LoginBody): Promise<Session> {
  const session = await apiRequest('/api/session', sessionSchema, { method: 'POST', body });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin(options: { onSuccess?: (session: Session) => void; keepCache?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Whatever was cached belonged to the previous person (or nobody) — unless the caller
      // signs someone in again in place and decides itself (session-expired-dialog.tsx).
      if (!options.keepCache) queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryOptions().queryKey[0] });
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      options.onSuccess?.(session);
    },
  });
}
