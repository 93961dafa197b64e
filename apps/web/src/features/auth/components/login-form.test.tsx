import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/render';
import { LoginForm } from './login-form';

const session = {
  user: { id: 'u1', email: 'support@example.com', name: 'Sam Support' },
  role: 'support',
  csrfToken: 'csrf-1',
};

describe('LoginForm', () => {
  it('shows the contract’s sentences for empty fields and sends nothing', async () => {
    const { fn } = stubFetch({});
    renderWithProviders(<LoginForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter the email address you sign in with.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // the error is tied to the field for screen readers
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Enter the email address you sign in with.',
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects a malformed email before asking the server', async () => {
    const { fn } = stubFetch({});
    renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Email'), 'sam@');
    await userEvent.type(screen.getByLabelText('Password'), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter the email address you sign in with.')).toBeTruthy();
    expect(screen.queryByText('Enter your password.')).toBeNull();
    expect(fn).not.toHaveBeenCalled();
  });

  it('posts the credentials and reports success', async () => {
    const { calls } = stubFetch({ 'POST /api/session': () => jsonResponse(session) });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);
    await userEvent.type(screen.getByLabelText('Email'), 'support@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'switchboard-demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(session));
    expect(await calls[0]?.json()).toEqual({ email: 'support@example.com', password: 'switchboard-demo' });
  });

  it('shows the server’s sentence in an alert when sign-in fails', async () => {
    stubFetch({
      'POST /api/session': () =>
        jsonResponse({ error: { code: 'unauthenticated', message: 'That email and password do not match an account.' } }, 401),
    });
    renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Email'), 'support@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toBe('That email and password do not match an account.'));
  });
});
