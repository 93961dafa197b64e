import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '@/lib/api-client';
import { Button } from './button';

/** Retrying helps with an unreachable server, 408, 429 and 5xx — not with "not found" or "forbidden". */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/** A failed load: the sentence from the server and, when it can help, a way to try again. */
export function ErrorState({
  title = 'This could not be loaded',
  error,
  onRetry,
  retrying = false,
  children,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** Further actions, e.g. a link back to the list. */
  children?: ReactNode;
}) {
  const showRetry = onRetry && isRetryable(error);
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      <p className="error-state__message">{errorMessage(error)}</p>
      {(showRetry || children) && (
        <div className="error-state__actions">
          {showRetry && (
            <Button onClick={onRetry} busy={retrying}>
              Try again
            </Button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}
