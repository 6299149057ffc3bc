import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, renderApp, type FakeRequest } from '../../test/utils';
import { platform, run, timelineEntry } from './runFixtures';

beforeAll(() => {
  // React Flow measures its canvas; jsdom has no layout, so a no-op observer is enough.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

beforeEach(() => {
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const posts = (requests: FakeRequest[]) => requests.filter((r) => r.method === 'POST');

describe('RunPage', () => {
  it('shows the timeline, the graph and approves a waiting step with a comment', async () => {
    const requests = mockBackend((request) => {
      if (request.path === '/api/runs/r7' && request.method === 'GET') return envelope(run());
      if (request.path === '/api/runs/r7/approve') return envelope({ port: 'approved' });
      return platform(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs/r7');

    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    expect(within(timeline).getByRole('button', { name: 'Show step start' })).toBeInTheDocument();
    expect(within(timeline).getByText('250 ms')).toBeInTheDocument();
    expect(screen.getByText(/"amount": 120/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open this run in Temporal UI' })).toHaveAttribute(
      'href',
      'http://temporal.example/runs/r7',
    );
    expect(screen.getByRole('button', { name: 'Cancel this run' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /retry/i })).not.toBeInTheDocument();
    // The waiting approval is chosen at first: its panel says what it waits for.
    const heading = await screen.findByRole('heading', { name: /approve · Approval/ });
    expect(
      within(heading.closest('section')!).getByText('Waiting', { selector: '.badge' }),
    ).toBeInTheDocument();
    // The canvas colours the step as waiting (StepNode's label names the state).
    expect(await screen.findByLabelText('approve: Approval, waiting')).toBeInTheDocument();
    expect(screen.getByLabelText('start: Manual trigger, completed')).toBeInTheDocument();

    await person.type(screen.getByLabelText('Comment for approve (optional)'), 'Within budget');
    await person.click(screen.getByRole('button', { name: 'Approve step approve' }));

    await waitFor(() =>
      expect(posts(requests)[0]).toMatchObject({
        path: '/api/runs/r7/approve',
        body: { nodeId: 'approve', comment: 'Within budget' },
        workspaceId: 'w1',
      }),
    );
    expect(await screen.findByText('Approved; the run goes on.')).toBeInTheDocument();
  });

  it("shows a step's executions when it is chosen in the timeline", async () => {
    mockBackend((request) =>
      request.path === '/api/runs/r7' ? envelope(run()) : platform(request),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs/r7');

    await person.click(await screen.findByRole('button', { name: 'Show step start' }));

    const panel = await screen.findByRole('heading', { name: /start · Manual trigger/ });
    const section = panel.closest('section')!;
    // The step's state, then its one execution's status.
    expect(within(section).getAllByText('Completed', { selector: '.badge' })).toHaveLength(2);
    expect(within(section).getByText('out')).toBeInTheDocument();
    expect(within(section).getByText('Input')).toBeInTheDocument();
    expect(within(section).getByText('Output')).toBeInTheDocument();
  });

  it('sends the awaited event, prefilled, only once its payload is a JSON object', async () => {
    const waitingForEvent = run(
      { currentNode: 'paid' },
      {
        activeNodes: ['paid'],
        waiting: [{ nodeId: 'paid', kind: 'event', detail: 'order.paid for o-77', until: null }],
        timeline: [
          timelineEntry('start', 'trigger.manual'),
          timelineEntry('approve', 'approval.request', 'approved'),
        ],
      },
    );
    const requests = mockBackend((request) => {
      if (request.path === '/api/runs/r7' && request.method === 'GET') {
        return envelope(waitingForEvent);
      }
      if (request.path === '/api/runs/r7/events') return envelope({ eventId: 'e1' }, 202);
      return platform(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs/r7');

    expect(await screen.findByLabelText('Event type')).toHaveValue('order.paid');
    expect(screen.getByLabelText(/^Key/)).toHaveValue('o-77');
    const payload = screen.getByLabelText('Payload (JSON object)');
    await person.clear(payload);
    await person.type(payload, '[[1, 2]');
    await person.click(screen.getByRole('button', { name: 'Send event to paid' }));

    expect(
      await screen.findByText('The payload must be a JSON object, such as {"amount": 120}.'),
    ).toBeInTheDocument();
    expect(payload).toHaveAttribute('aria-invalid', 'true');
    expect(posts(requests)).toHaveLength(0);

    await person.clear(payload);
    await person.type(payload, '{{"amount": 120}');
    await person.click(screen.getByRole('button', { name: 'Send event to paid' }));

    await waitFor(() =>
      expect(posts(requests)[0]).toMatchObject({
        path: '/api/runs/r7/events',
        body: { type: 'order.paid', key: 'o-77', payload: { amount: 120 } },
      }),
    );
  });

  it('retries a failed run from its failed step and opens the new run', async () => {
    const failed = run(
      {
        status: 'FAILED',
        error: 'Connection refused',
        temporalUiUrl: null,
        endedAt: run().updatedAt,
      },
      {
        status: 'FAILED',
        activeNodes: [],
        waiting: [],
        failedNode: 'mail',
        error: 'Connection refused',
        timeline: [
          timelineEntry('start', 'trigger.manual'),
          timelineEntry('mail', 'email.send', 'error', {
            status: 'FAILED',
            error: 'Connection refused',
          }),
        ],
      },
    );
    const retried = run({ runId: 'r7.retry1', retryOf: 'r7', status: 'RUNNING' });
    const requests = mockBackend((request) => {
      if (request.path === '/api/runs/r7' && request.method === 'GET') return envelope(failed);
      if (request.path === '/api/runs/r7/retry') return envelope({ runId: 'r7.retry1' }, 202);
      if (request.path === '/api/runs/r7.retry1') return envelope(retried);
      return platform(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs/r7');

    expect(await screen.findByText('Failed at step mail')).toBeInTheDocument();
    expect(screen.getByText('TEMPORAL_UI_URL').closest('dd')).toHaveTextContent(/Not linked/);
    expect(screen.queryByRole('button', { name: 'Cancel this run' })).not.toBeInTheDocument();
    // The failed step is chosen at first, with its error.
    const panel = await screen.findByRole('heading', { name: /mail · Send email/ });
    expect(within(panel.closest('section')!).getByRole('note')).toHaveTextContent(
      'Connection refused',
    );

    await person.click(screen.getByRole('button', { name: 'Retry from step mail' }));

    expect(await screen.findByRole('heading', { name: 'Run r7.retry1' })).toBeInTheDocument();
    expect(posts(requests).map((r) => r.path)).toEqual(['/api/runs/r7/retry']);
    expect(screen.getByRole('link', { name: 'r7' })).toHaveAttribute(
      'href',
      '/workspaces/w1/runs/r7',
    );
  });

  it('cancels a waiting run after the owner confirms', async () => {
    const requests = mockBackend((request) => {
      if (request.path === '/api/runs/r7' && request.method === 'GET') return envelope(run());
      if (request.path === '/api/runs/r7/cancel') return envelope(run({ status: 'WAITING' }));
      return platform(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs/r7');

    await person.click(await screen.findByRole('button', { name: 'Cancel this run' }));
    expect(posts(requests)).toHaveLength(0);
    await person.click(screen.getByRole('button', { name: 'Cancel run' }));

    await waitFor(() =>
      expect(posts(requests).map((r) => r.path)).toEqual(['/api/runs/r7/cancel']),
    );
  });
});
