import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { signIn, storePlatform, stripeConfigured, stripeNotConfigured } from './storeFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

function backend(
  role: string,
  stripe: unknown,
  extra?: (request: FakeRequest) => Response | undefined,
) {
  return mockBackend(
    (request) =>
      extra?.(request) ??
      (request.path === '/api/ecommerce/settings/stripe' && request.method === 'GET'
        ? envelope(stripe)
        : storePlatform(role)(request)),
  );
}

const SECRET = 'sk_test_51Hsecretvalue4242';

async function fillKeys(person: ReturnType<typeof userEvent.setup>, secret = SECRET) {
  await person.type(await screen.findByLabelText('Secret key'), secret);
  await person.type(screen.getByLabelText('Publishable key'), 'pk_test_51Hpublic9999');
  await person.type(screen.getByLabelText('Webhook signing secret'), 'whsec_abcd');
}

describe('StoreSettingsPage', () => {
  it('shows that Stripe is not configured and the webhook URL to paste into Stripe', async () => {
    backend('OWNER', stripeNotConfigured);
    renderApp('/workspaces/w1/store/settings');

    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByLabelText('Webhook URL')).toHaveValue(
      `${window.location.origin}/api/webhooks/stripe/w1`,
    );
  });

  it('shows the masked keys once configured, never a key itself', async () => {
    backend('OWNER', stripeConfigured);
    renderApp('/workspaces/w1/store/settings');

    expect(await screen.findByText('Configured')).toBeInTheDocument();
    const stripe = screen.getByRole('region', { name: 'Stripe' });
    expect(within(stripe).getByText('4242')).toBeInTheDocument();
    expect(within(stripe).getByText('abcd')).toBeInTheDocument();
    expect(screen.getByLabelText('Secret key')).toHaveValue('');
    expect(screen.getByLabelText('Secret key')).toHaveAttribute('type', 'password');
  });

  it('saves the keys, clears the form and shows the new state', async () => {
    const requests = backend('ADMIN', stripeNotConfigured, (request) =>
      request.method === 'PUT' ? envelope(stripeConfigured) : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/settings');

    await fillKeys(person);
    await person.click(screen.getByRole('button', { name: 'Save keys' }));

    expect(await screen.findByText('Stripe keys saved.')).toBeInTheDocument();
    expect(screen.getByText('Configured')).toBeInTheDocument();
    expect(screen.getByLabelText('Secret key')).toHaveValue('');
    expect(screen.getByRole('heading', { name: 'Stripe' })).toHaveFocus();
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({
      path: '/api/ecommerce/settings/stripe',
      workspaceId: 'w1',
      body: {
        secretKey: SECRET,
        publishableKey: 'pk_test_51Hpublic9999',
        webhookSecret: 'whsec_abcd',
      },
    });
  });

  it('refuses a key of the wrong shape without sending it, and shows server refusals', async () => {
    const requests = backend('OWNER', stripeNotConfigured, (request) =>
      request.method === 'PUT'
        ? problem(400, 'ValidationError', 'Some of the information is not valid.', {
            webhookSecret: 'must be a Stripe webhook signing secret (whsec_…)',
          })
        : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/settings');

    await fillKeys(person, 'pk_test_wrongfield');
    await person.click(screen.getByRole('button', { name: 'Save keys' }));
    expect(screen.getByLabelText('Secret key')).toHaveAccessibleDescription(
      /starts with sk_test_, sk_live_ or rk_/,
    );
    expect(screen.getByLabelText('Secret key')).toHaveFocus();
    expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await person.clear(screen.getByLabelText('Secret key'));
    await person.type(screen.getByLabelText('Secret key'), SECRET);
    await person.click(screen.getByRole('button', { name: 'Save keys' }));
    await waitFor(() => expect(screen.getByLabelText('Webhook signing secret')).toHaveFocus());
    expect(screen.getByLabelText('Webhook signing secret')).toHaveAccessibleDescription(
      /must be a Stripe webhook signing secret/,
    );
  });

  it('lets editors see the state but not change the keys', async () => {
    backend('EDITOR', stripeConfigured);
    renderApp('/workspaces/w1/store/settings');

    expect(await screen.findByText('Configured')).toBeInTheDocument();
    expect(screen.queryByLabelText('Secret key')).not.toBeInTheDocument();
    expect(screen.getByText(/Only the workspace's owners and admins/)).toBeInTheDocument();
  });

  it('copies the webhook URL', async () => {
    backend('OWNER', stripeNotConfigured);
    const person = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderApp('/workspaces/w1/store/settings');

    await person.click(await screen.findByRole('button', { name: 'Copy' }));

    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/api/webhooks/stripe/w1`);
    expect(await screen.findByText('Webhook URL copied.')).toBeInTheDocument();
  });
});
