import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { aiPlatform, configured, content, notConfigured } from './aiFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

function backend(current: () => Record<string, unknown>, settings: unknown = configured) {
  return mockBackend(
    aiPlatform('EDITOR', settings, (request) => {
      const path = request.path.split('?')[0];
      if (path === '/api/ai/content/c1' && request.method === 'GET') return envelope(current());
      if (path === '/api/ai/content/c1/approve') {
        return envelope(content({ status: 'PUBLISHING', ...(request.body as object) }));
      }
      if (path === '/api/ai/content/c1/reject') return envelope(content({ status: 'GENERATING' }));
      return undefined;
    }),
  );
}

describe('AiContentPage', () => {
  it('shows the draft waiting for approval and approves it as it is', async () => {
    const requests = backend(() => content());
    const person = userEvent.setup();
    renderApp('/workspaces/w1/ai/content/c1');

    expect(await screen.findByText('Waiting for approval')).toBeInTheDocument();
    expect(screen.getByText('Spring mugs are here')).toBeInTheDocument();
    await person.click(screen.getByRole('button', { name: 'Approve' }));

    expect(requests.find((r) => r.path.endsWith('/approve'))).toMatchObject({
      method: 'POST',
      workspaceId: 'w1',
      body: {},
    });
  });

  it('approves an edited version', async () => {
    const requests = backend(() => content());
    const person = userEvent.setup();
    renderApp('/workspaces/w1/ai/content/c1');

    await person.click(await screen.findByRole('button', { name: 'Edit and approve' }));
    const subject = screen.getByLabelText('Subject');
    await person.clear(subject);
    await person.type(subject, 'Mugs for spring');
    await person.click(screen.getByRole('button', { name: 'Approve the edited version' }));

    expect(requests.find((r) => r.path.endsWith('/approve'))?.body).toEqual({
      edited: { subject: 'Mugs for spring', body: 'Hello! Our spring mugs are in.' },
    });
  });

  it('rejects with feedback, which writes the next draft', async () => {
    let state = content();
    const requests = backend(() => state);
    const person = userEvent.setup();
    renderApp('/workspaces/w1/ai/content/c1');

    await person.click(await screen.findByRole('button', { name: 'Reject with feedback' }));
    expect(screen.getByText(/3 left/)).toBeInTheDocument();
    await person.type(screen.getByLabelText('Feedback'), 'Shorter, please');
    state = content({ status: 'GENERATING', draft: null });
    await person.click(screen.getByRole('button', { name: 'Reject and rewrite' }));

    expect(requests.find((r) => r.path.endsWith('/reject'))?.body).toEqual({
      feedback: 'Shorter, please',
    });
    expect(await screen.findByText('Generating')).toBeInTheDocument();
  });

  it('says clearly why content failed', async () => {
    backend(() =>
      content({
        status: 'FAILED',
        round: 3,
        failure: 'Rejected 4 times: the limit of 3 new drafts is reached',
      }),
    );
    renderApp('/workspaces/w1/ai/content/c1');

    expect(
      await screen.findByText('Rejected 4 times: the limit of 3 new drafts is reached'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
  });

  it('generates from the form and shows the not-configured answer', async () => {
    mockBackend(
      aiPlatform('EDITOR', notConfigured, (request) =>
        request.path === '/api/ai/content' && request.method === 'POST'
          ? problem(
              422,
              'AiNotConfigured',
              'AI is not configured for this workspace: an admin sets a provider in Settings, AI',
              { provider: 'is not configured' },
            )
          : undefined,
      ),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/ai/content');

    await person.type(await screen.findByLabelText('Brief'), 'Spring sale');
    await person.click(screen.getByRole('button', { name: 'Generate' }));

    expect(
      await screen.findByText(/AI is not configured for this workspace: an admin sets a provider/),
    ).toBeInTheDocument();
  });
});
