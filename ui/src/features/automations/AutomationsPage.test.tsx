import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, renderApp, type FakeRequest } from '../../test/utils';
import type { Role } from '../workspaces/roles';

const user = { id: 'u1', email: 'eve@example.com', name: 'Eve Editor', emailVerified: true };

function automation(id: string, name: string, activeVersion: number | null, steps: number) {
  return {
    id,
    name,
    description: `${name} description`,
    draft: {
      nodes: Array.from({ length: steps }, (_, index) => ({ id: `n${index}` })),
      edges: [],
      settings: {},
    },
    activeVersion,
    latestVersion: activeVersion ?? 1,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-02T00:00:00Z',
  };
}

function backend(
  role: Role,
  automations: unknown[],
  extra?: (r: FakeRequest) => Response | undefined,
) {
  const workspace = {
    id: 'w1',
    name: 'Acme',
    slug: 'acme',
    role,
    createdAt: '2025-01-01T00:00:00Z',
  };
  return mockBackend((request) => {
    const fromExtra = extra?.(request);
    if (fromExtra) return fromExtra;
    const path = request.path.split('?')[0];
    if (path === '/api/auth/verify') return envelope({ user });
    if (path === '/api/multi-workspace/workspaces') {
      return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
    }
    if (path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
    if (path === '/api/automations' && request.method === 'GET') {
      const q = new URLSearchParams(request.path.split('?')[1]).get('q') ?? '';
      const items = automations.filter((a) =>
        (a as { name: string }).name.toLowerCase().includes(q.toLowerCase()),
      );
      return envelope({ items, page: 0, size: 100, total: items.length });
    }
    return undefined;
  });
}

beforeEach(() => {
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AutomationsPage', () => {
  it('lists automations with version badge and step count, scoped to the workspace', async () => {
    const requests = backend('EDITOR', [
      automation('a1', 'Welcome mail', 3, 4),
      automation('a2', 'Nightly report', null, 1),
    ]);
    renderApp('/workspaces/w1/automations');

    const table = await screen.findByRole('table', { name: 'Automations' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Welcome mail')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('v3 active')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('cell', { name: '4' })).toBeInTheDocument();
    expect(
      within(rows[0]!).getByRole('button', { name: 'Run Welcome mail now' }),
    ).toBeInTheDocument();
    expect(within(rows[1]!).getByText('inactive')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('button', { name: 'Publish Nightly report' })).toBeVisible();
    expect(within(rows[1]!).queryByRole('button', { name: /now/ })).not.toBeInTheDocument();

    const list = requests.find((r) => r.path.startsWith('/api/automations'));
    expect(list).toMatchObject({
      path: '/api/automations?q=&page=0&size=100',
      workspaceId: 'w1',
      authorization: 'Bearer access-1',
    });
  });

  it('searches by name', async () => {
    const requests = backend('VIEWER', [
      automation('a1', 'Welcome mail', 3, 4),
      automation('a2', 'Nightly report', null, 1),
    ]);
    const person = userEvent.setup();
    renderApp('/workspaces/w1/automations');

    await screen.findByRole('table', { name: 'Automations' });
    await person.type(screen.getByLabelText('Search automations'), 'night');

    await waitFor(() => expect(screen.queryByText('Welcome mail')).not.toBeInTheDocument());
    expect(screen.getByText('Nightly report')).toBeInTheDocument();
    expect(requests.some((r) => r.path === '/api/automations?q=night&page=0&size=100')).toBe(true);
    // Viewers see the list but no write controls.
    expect(screen.queryByRole('button', { name: /publish/i })).not.toBeInTheDocument();
  });

  it('offers the templates and the API when there are no automations', async () => {
    backend('OWNER', []);
    renderApp('/workspaces/w1/automations');

    expect(await screen.findByText('No automations yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start from a template' })).toHaveAttribute(
      'href',
      '/workspaces/w1/automations/templates',
    );
    expect(screen.getByRole('link', { name: 'New from template' })).toHaveAttribute(
      'href',
      '/workspaces/w1/automations/templates',
    );
    expect(screen.getByText('POST /api/automations')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'the API documentation' })).toHaveAttribute(
      'href',
      '/docs',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('starts a run and opens its page', async () => {
    const requests = backend('EDITOR', [automation('a1', 'Welcome mail', 3, 4)], (request) => {
      if (request.method === 'POST' && request.path === '/api/automations/a1/runs') {
        return envelope({ runId: 'r42', started: true, status: 'RUNNING' }, 202);
      }
      if (request.path === '/api/runs/r42') {
        return envelope({
          runId: 'r42',
          automationId: 'a1',
          version: 3,
          triggerType: 'MANUAL',
          status: 'COMPLETED',
          currentNode: null,
          error: null,
          output: { sent: true },
          startedAt: '2025-01-01T00:00:00.000Z',
          endedAt: '2025-01-01T00:00:01.500Z',
          retryOf: null,
          temporalUiUrl: null,
          state: null,
        });
      }
      return undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/automations');

    await person.click(await screen.findByRole('button', { name: 'Run Welcome mail now' }));

    expect(await screen.findByRole('heading', { name: 'Run r42' })).toBeInTheDocument();
    expect(screen.getAllByText('1,500 ms').length).toBeGreaterThan(0);
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      path: '/api/automations/a1/runs',
      body: { input: {} },
      workspaceId: 'w1',
    });
  });
});
