import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { platform, run } from './runFixtures';

beforeEach(() => {
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const listRequests = (requests: FakeRequest[]) =>
  requests.filter((r) => r.path.startsWith('/api/runs?'));
const queryOf = (request: FakeRequest | undefined) =>
  Object.fromEntries(new URLSearchParams(request?.path.split('?')[1]));

function page(items: unknown[], total = items.length, headers: Record<string, string> = {}) {
  const response = envelope({ items, page: 0, size: 20, total });
  Object.entries(headers).forEach(([name, value]) => response.headers.set(name, value));
  return response;
}

describe('RunsPage', () => {
  it('asks for the view in the link and shows the runs with their automation names', async () => {
    const requests = mockBackend((request) =>
      request.path.startsWith('/api/runs?')
        ? page([run({ status: 'FAILED', state: undefined })])
        : platform(request),
    );
    renderApp(
      '/workspaces/w1/runs?status=FAILED&automationId=a1&version=2' +
        '&startedAfter=2025-01-01T00:00:00.000Z&page=2',
    );

    const table = await screen.findByRole('table', { name: 'Runs' });
    expect(within(table).getByRole('link', { name: 'Run r7' })).toHaveAttribute(
      'href',
      '/workspaces/w1/runs/r7',
    );
    expect(await within(table).findByText('Refunds')).toBeInTheDocument();
    expect(queryOf(listRequests(requests)[0])).toEqual({
      page: '1',
      size: '20',
      status: 'FAILED',
      automationId: 'a1',
      version: '2',
      startedAfter: '2025-01-01T00:00:00.000Z',
    });
    expect(screen.getByLabelText('Status')).toHaveValue('FAILED');
    expect(await screen.findByRole('heading', { name: 'Runs of Refunds' })).toBeInTheDocument();
    expect(screen.getByLabelText('Version')).toHaveValue('2');
  });

  it('changes the view from the filters, back to the first page, and clears them', async () => {
    const requests = mockBackend((request) => {
      if (!request.path.startsWith('/api/runs?')) return platform(request);
      return queryOf(request).status === 'CANCELLED' ? page([]) : page([run()], 45);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/runs');

    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    await person.click(screen.getByRole('button', { name: 'Older →' }));
    await waitFor(() => expect(queryOf(listRequests(requests).at(-1)).page).toBe('1'));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();

    await person.selectOptions(screen.getByLabelText('Status'), 'CANCELLED');

    await waitFor(() =>
      expect(queryOf(listRequests(requests).at(-1))).toMatchObject({
        status: 'CANCELLED',
        page: '0',
      }),
    );
    expect(await screen.findByText('No runs match these filters')).toBeInTheDocument();
    await person.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await screen.findByRole('table', { name: 'Runs' })).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });

  it('polls with the ETag it got and keeps the list when the server says 304', async () => {
    const requests = mockBackend((request) => {
      if (!request.path.startsWith('/api/runs?')) return platform(request);
      if (request.ifNoneMatch === 'W/"p1"') return new Response(null, { status: 304 });
      return page([run()], 1, { ETag: 'W/"p1"' });
    });
    renderApp('/workspaces/w1/runs');

    expect(await screen.findByRole('link', { name: 'Run r7' })).toBeInTheDocument();
    expect(screen.getByText(/Live · updated/)).toBeInTheDocument();
    // A waiting run is on the page, so the list asks again within a few seconds.
    await waitFor(() => expect(listRequests(requests).length).toBeGreaterThanOrEqual(2), {
      timeout: 5000,
    });
    expect(listRequests(requests)[0]!.ifNoneMatch).toBeNull();
    expect(listRequests(requests)[1]!.ifNoneMatch).toBe('W/"p1"');
    expect(screen.getByRole('link', { name: 'Run r7' })).toBeInTheDocument();
  });

  it('tells an owner without runs how to start one', async () => {
    mockBackend((request) =>
      request.path.startsWith('/api/runs?') ? page([]) : platform(request),
    );
    renderApp('/workspaces/w1/runs');

    expect(await screen.findByRole('heading', { name: 'No runs yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the automations' })).toHaveAttribute(
      'href',
      '/workspaces/w1/automations',
    );
    const curl = await screen.findByLabelText('Example: start a run with curl');
    await waitFor(() => expect(curl).toHaveTextContent('/api/automations/a1/runs'));
    expect(curl).toHaveTextContent('X-Workspace-Id: w1');
  });
});

describe('RunsPage with filters the API refuses', () => {
  it('says which filter is wrong instead of showing stale runs', async () => {
    mockBackend((request) =>
      request.path.startsWith('/api/runs?')
        ? problem(400, 'ValidationError', 'startedBefore: must be later than startedAfter', {
            startedBefore: 'must be later than startedAfter',
          })
        : platform(request),
    );
    renderApp(
      '/workspaces/w1/runs?startedAfter=2025-02-01T00:00:00Z&startedBefore=2025-01-01T00:00:00Z',
    );

    expect(await screen.findByText('These filters cannot be used together')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('must be later than startedAfter');
    expect(screen.queryByRole('table', { name: 'Runs' })).not.toBeInTheDocument();
  });
});
