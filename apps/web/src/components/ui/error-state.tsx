import { errorMessage } from '@/lib/api-client';
import { Button } from './button';

/** A failed load: the sentence from the server and a way to try again. */
export function ErrorState({
  title = 'This could not be loaded',
  error,
  onRetry,
  retrying = false,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      <p className="error-state__message">{errorMessage(error)}</p>
      {onRetry && (
        <Button onClick={onRetry} busy={retrying}>
          Try again
        </Button>
      )}
    </div>
  );
}
