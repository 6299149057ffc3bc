import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp } from '../../test/utils';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('shows the message and the field errors of a 400 problem on the fields', async () => {
    const requests = mockBackend((request) =>
      request.path === '/api/auth/login'
        ? problem(400, 'ValidationError', 'Please check the highlighted fields', {
            email: 'No account is registered with this address',
            password: 'Password is required',
          })
        : undefined,
    );
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'someone@example.com');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please check the highlighted fields',
    );
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('No account is registered with this address');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Password is required');
    // Focus moves to the first field that needs fixing.
    await waitFor(() => expect(email).toHaveFocus());
    expect(requests[0]).toMatchObject({
      method: 'POST',
      body: { email: 'someone@example.com', password: 'x' },
      authorization: null,
    });
  });

  it('validates in the browser before calling the server', async () => {
    const requests = mockBackend(() => undefined);
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(/enter a valid email address/i)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(requests).toHaveLength(0);
  });

  it('tells how long to wait after too many attempts', async () => {
    mockBackend(() =>
      problem(429, 'TooManyRequests', 'Slow down', undefined, { 'Retry-After': '30' }),
    );
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'someone@example.com');
    await user.type(screen.getByLabelText('Password'), 'long-enough-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts, try again in 30 seconds.',
    );
  });

  it('signs in, stores the tokens and goes back to the page in ?next=', async () => {
    mockBackend((request) => {
      if (request.path === '/api/auth/login') {
        return envelope({
          user: { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', emailVerified: true },
          accessToken: 'access-1',
          refreshToken: 'refresh-1',
          expiresIn: 900,
        });
      }
      if (request.path.startsWith('/api/multi-workspace/workspaces')) {
        return envelope({ items: [], page: 0, size: 100, total: 0 });
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderApp('/login?next=%2Fworkspaces');

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Workspaces' }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem('mewayz.accessToken')).toBe('access-1');
    expect(window.localStorage.getItem('mewayz.refreshToken')).toBe('refresh-1');
    expect(await screen.findByText('You are not in any workspace yet')).toBeInTheDocument();
  });
});
