import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../App';
import { envelope, mockBackend, problem, type FakeRequest } from '../../test/utils';
import type { Role } from '../workspaces/roles';
import { WorkspaceSection } from '../workspaces/WorkspaceSection';
import { TemplatesPage } from './TemplatesPage';

const user = { id: 'u1', email: 'eve@example.com', name: 'Eve Editor', emailVerified: true };

function template(id: string, name: string, category: string, event: string, steps: number) {
  return {
    id,
    name,
    description: `${name} description`,
    category,
    triggerEvent: event,
    steps,
    sampleInput: { customer: { email: 'ana@example.com' } },
    graph: { nodes: [], edges: [], settings: null },
  };
}

const templates = [
  template('abandoned-checkout', 'Abandoned checkout', 'Sales', 'order.created', 4),
  template('welcome-series', 'Welcome series', 'Marketing', 'contact.created', 6),
  template('new-order-notification', 'New-order notification', 'Sales', 'order.created', 1),
];

function backend(role: Role, extra?: (r: FakeRequest) => Response | undefined) {
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
    if (request.path === '/api/auth/verify') return envelope({ user });
    if (request.path === '/api/multi-workspace/workspaces') {
      return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
    }
    if (request.path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
    if (request.path === '/api/automations/templates') return envelope(templates);
    return undefined;
  });
}

function DesignerStandIn() {
  const { automationId } = useParams();
  return <p>Designer of {automationId}</p>;
}

function renderGallery() {
  return render(
    <MemoryRouter initialEntries={['/workspaces/w1/automations/templates']}>
      <AppProviders>
        <Routes>
          <Route path="/workspaces/:workspaceId" element={<WorkspaceSection />}>
            <Route path="automations/templates" element={<TemplatesPage />} />
            <Route path="automations/:automationId" element={<DesignerStandIn />} />
          </Route>
        </Routes>
      </AppProviders>
    </MemoryRouter>,
  );
}

beforeEach(() => {
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TemplatesPage', () => {
  it('shows every template with its trigger, step count and category, filtered by category', async () => {
    const requests = backend('EDITOR');
    renderGallery();

    const list = await screen.findByRole('list', { name: 'Templates' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    const checkout = screen.getByRole('listitem', { name: 'Abandoned checkout' });
    expect(within(checkout).getByText('An order is placed')).toBeInTheDocument();
    expect(within(checkout).getByText('order.created')).toBeInTheDocument();
    expect(within(checkout).getByText('4')).toBeInTheDocument();
    expect(within(checkout).getByText('Sales')).toBeInTheDocument();
    expect(requests.find((r) => r.path === '/api/automations/templates')?.workspaceId).toBe('w1');

    const person = userEvent.setup();
    const filters = screen.getByRole('group', { name: 'Filter templates by category' });
    await person.click(within(filters).getByRole('button', { name: 'Sales' }));

    expect(within(filters).getByRole('button', { name: 'Sales' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('listitem', { name: 'Welcome series' })).not.toBeInTheDocument();
    expect(screen.getByText('2 templates in Sales')).toBeInTheDocument();
  });

  it('creates an automation from a template by keyboard and opens it in the designer', async () => {
    const requests = backend('EDITOR', (request) =>
      request.method === 'POST' && request.path === '/api/automations/from-template'
        ? envelope(
            {
              id: 'a77',
              name: 'Welcome series',
              description: '',
              draft: { nodes: [], edges: [] },
              activeVersion: null,
              latestVersion: 0,
              createdAt: '2025-01-01T00:00:00Z',
              updatedAt: '2025-01-01T00:00:00Z',
            },
            201,
          )
        : undefined,
    );
    renderGallery();

    const button = await screen.findByRole('button', { name: 'Use template: Welcome series' });
    button.focus();
    await userEvent.setup().keyboard('{Enter}');

    expect(await screen.findByText('Designer of a77')).toBeInTheDocument();
    const post = requests.find((r) => r.path === '/api/automations/from-template');
    expect(post?.body).toEqual({ templateId: 'welcome-series' });
    expect(post?.workspaceId).toBe('w1');
  });

  it('says why a template could not be used and stays on the gallery', async () => {
    backend('OWNER', (request) =>
      request.method === 'POST'
        ? problem(400, 'ValidationError', 'templateId: no such template', {
            templateId: 'no such template',
          })
        : undefined,
    );
    renderGallery();

    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Use template: Abandoned checkout' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not use the template');
    expect(screen.getByRole('heading', { name: 'Automation templates' })).toBeInTheDocument();
  });

  it('lets viewers browse but not create', async () => {
    backend('VIEWER');
    renderGallery();

    await screen.findByRole('list', { name: 'Templates' });
    expect(
      screen.getByText('Only editors can create automations in this workspace.'),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Use template/ })).not.toBeInTheDocument(),
    );
  });
});
