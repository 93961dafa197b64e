import { z } from 'zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '@/lib/api-client';
import { sessionQueryOptions } from './get-session';

/** DELETE /api/session answers 204 or a small JSON acknowledgement. */
const logoutResponseSchema = z.unknown();

export async function logout(): Promise<void> {
  await apiRequest('/api/session', logoutResponseSchema, { method: 'DELETE' });
}

export function useLogout(options: { onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even when the server could not be told (the cookie then expires on its own).
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryOptions().queryKey[0] });
      queryClient.setQueryData(sessionQueryOptions().queryKey, null);
      options.onSettled?.();
    },
  });
}
