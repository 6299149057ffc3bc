import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import type { Role } from './roles';

const owner = { id: 'u1', email: 'owner@example.com', name: 'Olive Owner', emailVerified: true };

function invitation(id: string, email: string, status: string) {
  return {
    id,
    email,
    role: 'EDITOR',
    status,
    invitedByName: 'Olive Owner',
    createdAt: '2025-01-01T10:00:00Z',
    expiresAt: '2099-01-08T10:00:00Z',
    reminderSentAt: null,
    decidedAt: status === 'PENDING' ? null : '2025-01-02T10:00:00Z',
    workflowId: `invitation-${id}`,
  };
}

function backend(
  role: Role,
  invitations: unknown[],
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
    if (path === '/api/auth/verify') return envelope({ user: owner });
    if (path === '/api/multi-workspace/workspaces') {
      return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
    }
    if (path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
    if (path === '/api/multi-workspace/workspaces/w1/members') {
      return envelope({
        items: [
          {
            userId: 'u1',
            email: owner.email,
            name: owner.name,
            role,
            joinedAt: '2025-01-01T00:00:00Z',
          },
        ],
        page: 0,
        size: 100,
        total: 1,
      });
    }
    if (path === '/api/multi-workspace/workspaces/w1/invitations' && request.method === 'GET') {
      return envelope({ items: invitations, page: 0, size: 100, total: invitations.length });
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

describe('MembersPage', () => {
  it('lists invitations with status badges and a Revoke button only for pending ones', async () => {
    backend('OWNER', [
      invitation('i1', 'pending@example.com', 'PENDING'),
      invitation('i2', 'accepted@example.com', 'ACCEPTED'),
    ]);
    renderApp('/workspaces/w1/members');

    const table = await screen.findByRole('table', { name: 'Invitations' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('PENDING')).toBeInTheDocument();
    expect(
      within(rows[0]!).getByRole('button', { name: /revoke invitation/i }),
    ).toBeInTheDocument();
    expect(within(rows[1]!).getByText('ACCEPTED')).toBeInTheDocument();
    expect(within(rows[1]!).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send invitation' })).toBeInTheDocument();
  });

  it('hides every write control from viewers', async () => {
    backend('VIEWER', [invitation('i1', 'pending@example.com', 'PENDING')]);
    renderApp('/workspaces/w1/members');

    const table = await screen.findByRole('table', { name: 'Invitations' });
    expect(within(table).getByText('PENDING')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send invitation' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Email address')).not.toBeInTheDocument();
  });

  it('sends an invitation and maps a 409 problem onto the form', async () => {
    const requests = backend('OWNER', [], (request) =>
      request.method === 'POST' && request.path.endsWith('/invitations')
        ? problem(409, 'Conflict', 'This person already has a pending invitation', {
            email: 'Already invited',
          })
        : undefined,
    );
    const user = userEvent.setup();
    renderApp('/workspaces/w1/members');

    expect(await screen.findByText('No invitations yet')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email address'), 'new@example.com');
    await user.selectOptions(screen.getByLabelText('Role'), 'VIEWER');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(
      await screen.findByText('This person already has a pending invitation'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Already invited'),
    );
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      path: '/api/multi-workspace/workspaces/w1/invitations',
      body: { email: 'new@example.com', role: 'VIEWER' },
      authorization: 'Bearer access-1',
    });
  });
});
