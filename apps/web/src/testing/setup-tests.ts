import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { setCsrfToken } from '@/lib/api-client';

afterEach(() => {
  cleanup();
  setCsrfToken(null);
});
