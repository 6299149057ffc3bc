import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp } from '../../test/utils';
import { signIn, storePlatform } from '../store/storeFixtures';
import { analytics, bioPage } from './bioFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const PAGE = '/api/link-in-bio/pages/pg1';

function backend(role = 'EDITOR', onSave?: (body: unknown) => Response) {
  const platform = storePlatform(role);
  return mockBackend((request) => {
    const known = platform(request);
    if (known) return known;
    if (request.path === '/api/link-in-bio/pages') return envelope([bioPage()]);
    if (request.path === PAGE && request.method === 'GET') return envelope(bioPage());
    if (request.path === PAGE && request.method === 'PUT') {
      return onSave?.(request.body) ?? envelope(bioPage());
    }
    if (request.path === `${PAGE}/preview`) {
      return envelope({ html: '<!doctype html><h1>Preview</h1>' });
    }
    if (request.path === `${PAGE}/publish`) {
      return envelope(bioPage({ status: 'PUBLISHED', publishedVersion: 1 }));
    }
    if (request.path.startsWith(`${PAGE}/analytics`)) return envelope(analytics());
    return undefined;
  });
}

describe('BioPagesPage', () => {
  it('lists the pages with their address and status', async () => {
    backend();
    renderApp('/workspaces/w1/link-in-bio');
    const link = await screen.findByRole('link', { name: 'Cleo Ceramics' }, { timeout: 5000 });
    expect(link).toHaveAttribute('href', '/workspaces/w1/link-in-bio/pg1');
    expect(screen.getByText('/u/cleo')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
  });
});

describe('BioEditorPage', () => {
  it('adds, reorders and removes blocks, then saves them in the new order', async () => {
    const saved: unknown[] = [];
    backend('EDITOR', (body) => {
      saved.push(body);
      return envelope(bioPage());
    });
    const user = userEvent.setup();
    renderApp('/workspaces/w1/link-in-bio/pg1');

    await screen.findByRole('heading', { level: 1, name: 'Cleo Ceramics' });
    await user.click(screen.getByRole('button', { name: 'Add a booking card' }));
    const booking = screen.getByRole('listitem', { name: 'Booking card 3' });
    await user.type(within(booking).getByLabelText('Title'), 'Wheel class');
    await user.type(within(booking).getByLabelText('Service id'), 'svc-1');
    expect(within(booking).getByText('Leads to /book/w1/svc-1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move up Booking card 3' }));
    await user.click(screen.getByRole('button', { name: 'Remove Link 1' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      slug: 'cleo',
      blocks: [
        { type: 'BOOKING', title: 'Wheel class', serviceId: 'svc-1' },
        { id: 'b2', type: 'LINK', title: 'Classes' },
      ],
    });
  });

  it('shows the server refusal on the field at fault', async () => {
    backend('EDITOR', () =>
      problem(400, 'ValidationError', 'blocks[0].url: must be an http:// or https:// URL', {
        'blocks[0].url': 'must be an http:// or https:// URL',
      }),
    );
    const user = userEvent.setup();
    renderApp('/workspaces/w1/link-in-bio/pg1');
    await screen.findByRole('heading', { level: 1, name: 'Cleo Ceramics' });
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const first = screen.getByRole('listitem', { name: 'Link 1' });
    expect(
      await within(first).findByText('must be an http:// or https:// URL'),
    ).toBeInTheDocument();
  });

  it('renders the live preview from the server and publishes', async () => {
    const requests = backend();
    const user = userEvent.setup();
    renderApp('/workspaces/w1/link-in-bio/pg1');

    const preview = await screen.findByTitle('Preview of the public page');
    expect(preview).toHaveAttribute('sandbox', '');
    expect(preview.getAttribute('srcdoc')).toContain('<h1>Preview</h1>');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText('Published: visitors see this version now.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open the public page/ })).toHaveAttribute(
      'href',
      '/u/cleo?v=1',
    );
    expect(requests.some((r) => r.path === `${PAGE}/publish` && r.method === 'POST')).toBe(true);
  });

  it('lets a viewer read the page but not change it', async () => {
    const requests = backend('VIEWER');
    renderApp('/workspaces/w1/link-in-bio/pg1');
    await screen.findByRole('heading', { level: 1, name: 'Cleo Ceramics' });
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Address' })).toBeDisabled();
    expect(requests.some((r) => r.method !== 'GET')).toBe(false);
  });
});

describe('BioAnalyticsPage', () => {
  it('shows views, clicks and clicks per link', async () => {
    backend();
    renderApp('/workspaces/w1/link-in-bio/pg1/analytics');
    const rate = await screen.findByText('Click rate');
    expect(rate.closest('dl')).toHaveTextContent('Views12Clicks5Click rate42%');
    const table = screen.getByRole('table', { name: 'Clicks per link' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Shop');
    expect(rows[1]).toHaveTextContent('4');
  });
});
