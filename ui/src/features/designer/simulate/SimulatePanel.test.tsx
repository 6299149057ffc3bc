import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend } from '../../../test/utils';
import type { AutomationGraph } from '../graph/model';
import type { PlaybackFrame } from './playback';
import { SimulatePanel } from './SimulatePanel';

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
const graph: AutomationGraph = {
  nodes: [
    {
      id: 'start',
      type: 'trigger.manual',
      name: 'Start',
      params: { sampleInput: { email: 'a@b.c' } },
    },
    { id: 'ask', type: 'approval.request', name: 'Ask the boss', params: {} },
    { id: 'mail', type: 'email.send', name: 'Welcome', params: {} },
  ],
  edges: [
    { from: 'start', to: 'ask', port: 'out' },
    { from: 'ask', to: 'mail', port: 'approved' },
  ],
  settings: null,
};
const simulation = {
  status: 'COMPLETED',
  output: null,
  error: null,
  failedNode: null,
  simulatedMillis: 2 * DAY,
  wallMillis: 400,
  state: {
    timeline: [
      { nodeId: 'start', status: 'COMPLETED', startedAt: T0, endedAt: T0 },
      {
        nodeId: 'ask',
        status: 'COMPLETED',
        startedAt: T0,
        endedAt: T0 + 2 * DAY,
        port: 'approved',
      },
      { nodeId: 'mail', status: 'COMPLETED', startedAt: T0 + 2 * DAY, endedAt: T0 + 2 * DAY },
    ],
  },
};

beforeEach(() => window.localStorage.setItem('mewayz.accessToken', 'access-1'));
afterEach(() => vi.unstubAllGlobals());

function renderPanel(onFrame: (frame: PlaybackFrame | null) => void) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <SimulatePanel
        workspaceId="w1"
        automationId="a1"
        graph={graph}
        onFrame={onFrame}
        onInvalid={() => {}}
      />
    </QueryClientProvider>,
  );
}

describe('SimulatePanel', () => {
  it('sends the canvas, the sample input and approval decisions, then steps through the timeline', async () => {
    const requests = mockBackend((r) =>
      r.path === '/api/automations/a1/simulate' ? envelope(simulation) : undefined,
    );
    const onFrame = vi.fn();
    const person = userEvent.setup();
    renderPanel(onFrame);

    expect(screen.getByLabelText('Sample input (JSON)')).toHaveValue('{\n  "email": "a@b.c"\n}');
    const decision = screen.getByRole('group', { name: 'Ask the boss' });
    await person.selectOptions(
      within(decision).getByLabelText('Decision for Ask the boss'),
      'reject',
    );
    const after = screen.getByLabelText('Decide Ask the boss after');
    await person.clear(after);
    await person.type(after, 'P2D');
    await person.click(screen.getByRole('button', { name: 'Simulate' }));

    const result = await screen.findByRole('region', { name: 'Simulation result' });
    expect(requests[0]!.body).toEqual({
      graph,
      input: { email: 'a@b.c' },
      decisions: [{ nodeId: 'ask', after: 'P2D', approved: false }],
    });
    expect(within(result).getByText('COMPLETED')).toBeInTheDocument();
    expect(result).toHaveTextContent('Simulated time: 2 days');

    // Playback starts on its own; pausing, stepping and resetting drive the canvas.
    await person.click(within(result).getByRole('button', { name: 'Pause' }));
    await person.click(within(result).getByRole('button', { name: 'Reset' }));
    expect(onFrame).toHaveBeenLastCalledWith(null);
    await person.click(within(result).getByRole('button', { name: 'Step' }));
    await person.click(within(result).getByRole('button', { name: 'Step' }));
    await person.click(within(result).getByRole('button', { name: 'Step' }));
    expect(within(result).getByRole('status')).toHaveTextContent('Step 3 of 3: Welcome at +2 days');
    expect(onFrame).toHaveBeenLastCalledWith(
      expect.objectContaining({ nodeId: 'mail', offset: '+2 days' }),
    );
    expect(within(result).getByRole('button', { name: 'Step' })).toBeDisabled();
  });

  it('refuses sample input that is not a JSON object, without calling the server', async () => {
    const requests = mockBackend(() => undefined);
    const person = userEvent.setup();
    renderPanel(() => {});
    const input = screen.getByLabelText('Sample input (JSON)');
    await person.clear(input);
    await person.type(input, '[[1');
    await person.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(screen.getByText(/not valid JSON/)).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
