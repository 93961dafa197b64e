import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/lib/api-client';
import { ErrorState } from './error-state';

describe('ErrorState', () => {
  it('shows the sentence and retries errors that may pass on a second try', async () => {
    const onRetry = vi.fn();
    render(<ErrorState error={new ApiError(503, 'zoom_unavailable', 'Zoom is not answering.')} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Zoom is not answering.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('offers no retry for a 404, which a retry cannot fix', () => {
    render(<ErrorState error={new ApiError(404, 'not_found', 'There is no auto receptionist with id "x".')} onRetry={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('There is no auto receptionist with id "x".');
  });
});
