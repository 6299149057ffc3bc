import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { campaign, campaignBackend, progress } from './campaignFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('CampaignsPage', () => {
  it('lists campaigns with status, audience and counts', async () => {
    campaignBackend(() =>
      campaign({ status: 'SENDING', startedAt: '2030-01-01T00:00:00Z', progress: progress() }),
    );
    renderApp('/workspaces/w1/campaigns');

    const table = await screen.findByRole('table', { name: 'Campaigns' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Spring sale' })).toHaveAttribute(
      'href',
      '/workspaces/w1/campaigns/c1',
    );
    expect(within(row).getByText('Sending')).toBeInTheDocument();
    expect(await within(row).findByText('News')).toBeInTheDocument();
    expect(row).toHaveTextContent('10 · 1 · 3');
    expect(row).toHaveTextContent('4 · 1');
  });

  it('says what to do when there is no campaign yet', async () => {
    campaignBackend(
      () => campaign(),
      (request) => (request.path === '/api/email-marketing/campaigns' ? envelope([]) : undefined),
    );
    renderApp('/workspaces/w1/campaigns');

    expect(await screen.findByRole('heading', { name: 'No campaigns yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write your first campaign' })).toHaveAttribute(
      'href',
      '/workspaces/w1/campaigns/new',
    );
  });
});
