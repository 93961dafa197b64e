import { z } from 'zod';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

export const choosePassword = ({ token, password }: { token: string; password: string }) =>
  apiRequest(`/api/links/${encodeURIComponent(token)}`, z.undefined(), { method: 'POST', body: { password } });

export function useChoosePassword() {
  return useMutation({ mutationFn: choosePassword });
}
