import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, renderApp } from '../../test/utils';

const user = { id: 'u1', email: 'eve@example.com', name: 'Eve Editor', emailVerified: true };
const workspace = {
  id: 'w1',
  name: 'Acme',
  slug: 'acme',
  role: 'EDITOR',
  createdAt: '2025-01-01T00:00:00Z',
};

const waitingRun = {
  runId: 'r7',
  automationId: 'a1',
  version: 2,
  triggerType: 'MANUAL',
  status: 'WAITING',
  currentNode: 'approve',
  error: null,
  output: null,
  startedAt: '2025-01-01T00:00:00Z',
  endedAt: null,
  retryOf: null,
  temporalUiUrl: 'http://temporal.example/runs/r7',
  state: {
    status: 'WAITING',
    activeNodes: ['approve'],
    waiting: [{ nodeId: 'approve', kind: 'approval', detail: 'Manager sign-off', until: null }],
    timeline: [
      {
        nodeId: 'start',
        type: 'trigger',
        status: 'COMPLETED',
        startedAt: '2025-01-01T00:00:00.000Z',
        endedAt: '2025-01-01T00:00:00.250Z',
        attempts: 1,
        input: {},
        output: {},
        port: 'out',
        error: null,
      },
    ],
    vars: { amount: 120 },
    nodes: {},
    output: null,
    error: null,
    failedNode: null,
  },
};

beforeEach(() => {
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RunPage', () => {
  it('shows the timeline, variables and approves a waiting step', async () => {
    const requests = mockBackend((request) => {
      const path = request.path.split('?')[0];
      if (path === '/api/auth/verify') return envelope({ user });
      if (path === '/api/multi-workspace/workspaces') {
        return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
      }
      if (path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
      if (path === '/api/runs/r7' && request.method === 'GET') return envelope(waitingRun);
      if (path === '/api/runs/r7/approve') return envelope(null);
      return undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs/r7');

    const timeline = await screen.findByRole('table', { name: 'Timeline' });
    const row = within(timeline).getAllByRole('row')[1]!;
    expect(within(row).getByText('start')).toBeInTheDocument();
    expect(within(row).getByText('250 ms')).toBeInTheDocument();
    expect(within(row).getByText('out')).toBeInTheDocument();
    expect(screen.getByText(/"amount": 120/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in Temporal UI' })).toHaveAttribute(
      'href',
      'http://temporal.example/runs/r7',
    );
    expect(screen.getByRole('button', { name: 'Cancel this run' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Approve step approve' }));

    await waitFor(() =>
      expect(requests.find((r) => r.method === 'POST')).toMatchObject({
        path: '/api/runs/r7/approve',
        body: { nodeId: 'approve' },
        workspaceId: 'w1',
      }),
    );
  });
});
