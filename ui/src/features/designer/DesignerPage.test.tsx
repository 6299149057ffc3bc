import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import type { NodeInspectorProps } from './inspector/NodeInspector';

// The settings form is its own module; here it is a name field that reports what it is given.
vi.mock('./inspector/NodeInspector', () => ({
  NodeInspector: ({ node, problems, onChange }: NodeInspectorProps) => (
    <section aria-label={`Settings of ${node.id}`}>
      <label>
        Step name
        <input
          value={node.name ?? ''}
          onChange={(e) => onChange({ ...node, name: e.target.value })}
        />
      </label>
      <p data-testid="inspector-problems">
        {Object.entries(problems)
          .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
          .join('; ')}
      </p>
    </section>
  ),
}));

// React Flow measures the DOM; jsdom has no layout, so give it the few APIs it reads.
function stubLayout() {
  class ResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ target } as ResizeObserverEntry],
        this as unknown as globalThis.ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  }
  class DOMMatrixReadOnly {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? +scale : 1;
    }
  }
  vi.stubGlobal('ResizeObserver', ResizeObserver);
  vi.stubGlobal('DOMMatrixReadOnly', DOMMatrixReadOnly);
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 600 },
    offsetWidth: { configurable: true, get: () => 800 },
  });
}

const user = { id: 'u1', email: 'eve@example.com', name: 'Eve Editor', emailVerified: true };
const workspace = {
  id: 'w1',
  name: 'Acme',
  slug: 'acme',
  role: 'EDITOR',
  createdAt: '2025-01-01T00:00:00Z',
};
const nodeType = (type: string, category: string, label: string, properties: string[] = []) => ({
  type,
  category,
  label,
  description: `${label} description`,
  ports: category === 'trigger' ? ['out'] : ['out'],
  sideEffect: category === 'action',
  paramsSchema: {
    type: 'object',
    properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])),
  },
});
const NODE_TYPES = [
  nodeType('trigger.manual', 'trigger', 'Manual or API', ['sampleInput']),
  nodeType('wait.delay', 'wait', 'Delay', ['duration']),
  nodeType('email.send', 'action', 'Send email', ['to', 'subject', 'text']),
];
const automation = {
  id: 'a1',
  name: 'Welcome',
  description: '',
  draft: {
    nodes: [
      { id: 'start', type: 'trigger.manual', name: 'Start', params: {}, position: [0, 0] },
      { id: 'mail', type: 'email.send', params: { to: 'x@y.z' }, position: [0, 160] },
    ],
    edges: [{ from: 'start', to: 'mail', port: 'out' }],
    settings: {},
  },
  activeVersion: null,
  latestVersion: 0,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
};

function backend(
  onSave: (request: FakeRequest, count: number) => Response,
  opened: () => Record<string, unknown> = () => automation,
) {
  let saves = 0;
  return mockBackend((request) => {
    const path = request.path.split('?')[0];
    if (path === '/api/auth/verify') return envelope({ user });
    if (path === '/api/multi-workspace/workspaces') {
      return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
    }
    if (path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
    if (path === '/api/automations/node-types') return envelope(NODE_TYPES);
    if (path === '/api/automations/a1' && request.method === 'GET') return envelope(opened());
    if (path === '/api/automations' && request.method === 'GET') {
      return envelope({ items: [opened()], page: 0, size: 100, total: 1 });
    }
    if (path === '/api/automations/a1' && request.method === 'PUT') return onSave(request, ++saves);
    return undefined;
  });
}

const stepNode = (label: string) => screen.getByLabelText(new RegExp(`^${label}: `));

beforeEach(() => {
  stubLayout();
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
});
afterEach(() => vi.unstubAllGlobals());

describe('DesignerPage', () => {
  it('adds a step from the palette, undoes and redoes it, and shows the server problems on save', async () => {
    const requests = backend((request, count) =>
      count === 1
        ? problem(
            400,
            'ValidationError',
            'The automation has 1 problem: nodes.mail.params.subject is required',
            {
              'nodes.mail.params.subject': 'is required',
            },
          )
        : envelope({ ...automation, draft: (request.body as { graph: unknown }).graph }),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/automations/a1');

    expect(await screen.findByRole('heading', { name: 'Design Welcome' })).toBeInTheDocument();
    expect(stepNode('Start')).toBeInTheDocument();
    expect(stepNode('mail')).toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();

    // Keyboard: Enter on a palette item adds the step (below the lowest one, nothing selected).
    const palette = screen.getByRole('navigation', { name: 'Steps to add' });
    within(palette).getByRole('button', { name: 'Add Delay' }).focus();
    await person.keyboard('{Enter}');
    expect(await screen.findByLabelText(/^wait_delay: Delay/)).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByLabelText(/^wait_delay:/)).not.toBeInTheDocument());
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    await person.click(screen.getByRole('button', { name: 'Redo' }));
    expect(await screen.findByLabelText(/^wait_delay:/)).toBeInTheDocument();

    // A second trigger is refused with a reason.
    await person.click(within(palette).getByRole('button', { name: 'Add Manual or API' }));
    expect(screen.getByText(/starts from one trigger/)).toBeInTheDocument();

    // Ctrl+S saves; the server's problem marks the step and fills the Problems tab.
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(await screen.findByText(/The steps at fault are marked in red/)).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put).toMatchObject({ path: '/api/automations/a1', workspaceId: 'w1' });
    expect(
      (put.body as { graph: { nodes: { id: string }[] } }).graph.nodes.map((n) => n.id),
    ).toEqual(['start', 'mail', 'wait_delay']);
    expect(stepNode('mail')).toHaveAccessibleName(/1 problem/);
    expect(screen.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true');
    const problemButton = within(screen.getByRole('list', { name: 'Problems' })).getByRole(
      'button',
    );
    expect(problemButton).toHaveTextContent('mail · subject');
    expect(problemButton).toHaveTextContent('is required');

    // Choosing the problem selects its step, whose settings open with the problem beside them.
    await person.click(problemButton);
    await person.click(screen.getByRole('tab', { name: 'Step' }));
    expect(await screen.findByRole('region', { name: 'Settings of mail' })).toBeInTheDocument();
    expect(screen.getByTestId('inspector-problems')).toHaveTextContent(
      'params.subject: is required',
    );

    await person.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    expect(stepNode('mail')).not.toHaveAccessibleName(/problem/);
  });

  it('opens the shortcuts help with ?', async () => {
    backend(() => envelope(automation));
    renderApp('/workspaces/w1/automations/a1');
    await screen.findByRole('heading', { name: 'Design Welcome' });
    await act(async () => {
      fireEvent.keyDown(window, { key: '?' });
    });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Ctrl/⌘ + D')).toBeInTheDocument();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and opens the draft as saved when coming back', async () => {
    let stored: Record<string, unknown> = automation;
    backend(
      (request) => {
        const body = request.body as { name: string; graph: unknown };
        stored = { ...automation, name: body.name, draft: body.graph };
        return envelope(stored);
      },
      () => stored,
    );
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const person = userEvent.setup();
    renderApp('/workspaces/w1/automations/a1');
    await screen.findByRole('heading', { name: 'Design Welcome' });

    await person.type(screen.getByLabelText('Automation name'), ' mail');
    await person.click(screen.getByRole('link', { name: '← Automations' }));
    expect(confirm).toHaveBeenCalledWith('You have unsaved changes. Leave without saving them?');
    expect(screen.getByRole('heading', { name: 'Design Welcome mail' })).toBeInTheDocument();

    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
    await person.click(screen.getByRole('link', { name: '← Automations' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    await person.click(await screen.findByRole('link', { name: 'Edit Welcome mail' }));
    expect(await screen.findByRole('heading', { name: 'Design Welcome mail' })).toBeInTheDocument();
    expect(screen.getByLabelText('Automation name')).toHaveValue('Welcome mail');
  });

  it('tells the owner of an empty automation how to start', async () => {
    backend(
      () => envelope(automation),
      () => ({ ...automation, draft: { nodes: [], edges: [], settings: {} } }),
    );
    renderApp('/workspaces/w1/automations/a1');
    expect(
      await screen.findByRole('heading', { name: 'Start with a trigger' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start from a template' })).toHaveAttribute(
      'href',
      '/workspaces/w1/automations/templates',
    );
  });

  it('makes a burst of typing in the inspector one undo step', async () => {
    backend(() => envelope(automation));
    const person = userEvent.setup();
    renderApp('/workspaces/w1/automations/a1');
    await screen.findByRole('heading', { name: 'Design Welcome' });

    // A click selects (d3-drag's mousedown needs a window jsdom's events do not carry).
    fireEvent.click(stepNode('mail'));
    const name = await screen.findByLabelText('Step name');
    await person.type(name, 'Hello');
    expect(stepNode('Hello')).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stepNode('mail')).toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    await person.click(screen.getByRole('button', { name: 'Redo' }));
    expect(stepNode('Hello')).toBeInTheDocument();
  });
});
