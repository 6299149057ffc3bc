import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { aiPlatform, configured, notConfigured } from './aiFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AiSettingsPage', () => {
  it('says AI is not configured, and the generate screen says so too', async () => {
    mockBackend(aiPlatform('OWNER', notConfigured));
    renderApp('/workspaces/w1/ai/settings');
    expect(await screen.findByText('Not configured')).toBeInTheDocument();

    renderApp('/workspaces/w1/ai/content');
    expect(await screen.findByText('AI is not configured')).toBeInTheDocument();
  });

  it('shows the key only by its last four characters, with the usage and budget', async () => {
    mockBackend(aiPlatform('OWNER', configured));
    renderApp('/workspaces/w1/ai/settings');

    expect(await screen.findByText('Configured')).toBeInTheDocument();
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.getByLabelText('API key')).toHaveAttribute('type', 'password');
    expect(screen.getByText(/ending in 7Q9z/)).toBeInTheDocument();
    expect(screen.getByLabelText('Monthly budget (US dollars)')).toHaveValue('20.00');
    expect(
      await screen.findByText(/\$1\.25 used in 2026-11 of a \$20\.00 budget/),
    ).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '1200' })).toBeInTheDocument();
  });

  it('saves a local OpenAI-compatible server and clears the key field', async () => {
    const requests = mockBackend(
      aiPlatform('ADMIN', notConfigured, (request) =>
        request.method === 'PUT'
          ? envelope({ ...configured, provider: 'OPENAI_COMPATIBLE', model: 'llama3.1' })
          : undefined,
      ),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/ai/settings');

    await person.selectOptions(await screen.findByLabelText('Provider'), 'OPENAI_COMPATIBLE');
    await person.clear(screen.getByLabelText('Model'));
    await person.type(screen.getByLabelText('Model'), 'llama3.1');
    await person.type(screen.getByLabelText('Base URL'), 'http://localhost:11434/v1');
    await person.type(screen.getByLabelText('Brand voice'), 'Playful');
    await person.type(screen.getByLabelText('Monthly budget (US dollars)'), '5');
    await person.click(screen.getByRole('button', { name: 'Save AI settings' }));

    expect(await screen.findByText('AI settings saved.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')).toMatchObject({
      path: '/api/ai/settings',
      workspaceId: 'w1',
      body: {
        provider: 'OPENAI_COMPATIBLE',
        model: 'llama3.1',
        baseUrl: 'http://localhost:11434/v1',
        apiKey: null,
        brandVoice: 'Playful',
        monthlyBudgetCents: 500,
      },
    });
  });

  it("shows the server's problem on the field at fault", async () => {
    mockBackend(
      aiPlatform('OWNER', notConfigured, (request) =>
        request.method === 'PUT'
          ? problem(400, 'ValidationError', 'apiKey: is required for OPENAI', {
              apiKey: 'is required for OPENAI',
            })
          : undefined,
      ),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/ai/settings');

    await person.click(await screen.findByRole('button', { name: 'Save AI settings' }));

    expect(await screen.findByText('is required for OPENAI')).toBeInTheDocument();
  });

  it('tells a viewer that only owners and admins change the provider', async () => {
    mockBackend(aiPlatform('VIEWER', configured));
    renderApp('/workspaces/w1/ai/settings');
    expect(
      await screen.findByText(/Only the workspace's owners and admins can change the AI provider/),
    ).toBeInTheDocument();
  });
});
