import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from './api';
import { RunTimeline, TIMELINE_FIRST } from './RunTimeline';

const entry = (i: number): TimelineEntry => ({
  nodeId: `step_${i}`,
  type: 'data.set',
  status: 'COMPLETED',
  startedAt: '2026-11-27T08:00:00.000Z',
  endedAt: '2026-11-27T08:00:00.010Z',
  attempts: 1,
  port: 'out',
});

describe('RunTimeline', () => {
  it('lists the first steps of a long run and the rest on demand', async () => {
    const timeline = Array.from({ length: TIMELINE_FIRST + 20 }, (_, i) => entry(i));
    render(
      <RunTimeline
        timeline={timeline}
        runStartedAt="2026-11-27T08:00:00.000Z"
        selectedNodeId={null}
        onSelect={vi.fn()}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(TIMELINE_FIRST);
    await userEvent.click(
      screen.getByRole('button', { name: `Show all ${TIMELINE_FIRST + 20} steps` }),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(TIMELINE_FIRST + 20);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
