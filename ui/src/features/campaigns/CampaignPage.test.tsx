import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, problem, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { campaign, campaignBackend, progress } from './campaignFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const controls = () =>
  ['Pause', 'Resume', 'Cancel…'].filter((name) => screen.queryByRole('button', { name }));

describe('CampaignPage', () => {
  it('shows the progress bar of sent, failed and skipped out of the audience', async () => {
    campaignBackend(() => campaign({ status: 'SENDING', progress: progress() }));
    renderApp('/workspaces/w1/campaigns/c1');

    const bar = await screen.findByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '14');
    expect(bar).toHaveAttribute('aria-valuemax', '23');
    expect(bar).toHaveAttribute('aria-valuetext', '14 of 23 contacts done (60%)');
    expect(screen.getByText(/14 of 23 contacts done · 9 remaining/)).toBeInTheDocument();
    expect(screen.getByText('40% of sent')).toBeInTheDocument();
    const bounced = screen.getByText('Bounced').closest('div');
    expect(bounced).toHaveTextContent('Bounced1reported later; now bounced');
    expect(screen.getByText('Campaign status: Sending')).toBeInTheDocument();
  });

  it.each([
    ['SCHEDULED', ['Pause', 'Cancel…']],
    ['SENDING', ['Pause', 'Cancel…']],
    ['PAUSED', ['Resume', 'Cancel…']],
    ['SENT', []],
    ['CANCELLED', []],
  ])('offers what a %s campaign takes', async (status, expected) => {
    campaignBackend(() => campaign({ status, progress: progress({ status }) }));
    renderApp('/workspaces/w1/campaigns/c1');

    await screen.findByRole('region', { name: 'Progress' });
    expect(controls()).toEqual(expected);
  });

  it('polls with the ETag and announces the summary once sent', async () => {
    let current = campaign({ status: 'SENDING', progress: progress() });
    const requests = campaignBackend(
      () => current,
      (request) => {
        if (request.path !== '/api/email-marketing/campaigns/c1') return undefined;
        if (request.ifNoneMatch === '"v1"') return new Response(null, { status: 304 });
        return new Response(JSON.stringify({ success: true, data: current }), {
          status: 200,
          headers: { 'Content-Type': 'application/json', ETag: '"v1"' },
        });
      },
    );
    renderApp('/workspaces/w1/campaigns/c1');
    await screen.findByRole('progressbar');
    current = campaign({
      status: 'SENT',
      progress: progress({ status: 'SENT', sent: 19, failed: 1, skipped: 3, remaining: 0 }),
    });
    // The 304s keep the page as it was; the next change arrives with a new tag.
    await new Promise((resolve) => setTimeout(resolve, 2300));
    expect(requests.some((r) => r.ifNoneMatch === '"v1"')).toBe(true);
    expect(screen.getByText('Campaign status: Sending')).toBeInTheDocument();
  }, 10_000);

  it('says the campaign’s reason when it refuses (409)', async () => {
    campaignBackend(
      () => campaign({ status: 'SENDING', progress: progress() }),
      (request) =>
        request.path.endsWith('/pause')
          ? problem(409, 'Conflict', 'The campaign cannot be paused: it is SENT')
          : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    await person.click(await screen.findByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The campaign cannot be paused: it is SENT',
    );
  });

  it('cancels after asking, and sums up the end', async () => {
    let current = campaign({ status: 'PAUSED', progress: progress({ status: 'PAUSED' }) });
    campaignBackend(
      () => current,
      (request) => {
        if (!request.path.endsWith('/cancel')) return undefined;
        current = campaign({ status: 'CANCELLED', progress: progress({ status: 'CANCELLED' }) });
        return envelope(current);
      },
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    await person.click(await screen.findByRole('button', { name: 'Cancel…' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this campaign?' });
    await person.click(within(dialog).getByRole('button', { name: 'Cancel campaign' }));

    expect(await screen.findByText('Cancelled: no more mails go out.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Spring sale' })).toHaveFocus();
    expect(
      screen.getAllByText('Campaign cancelled: 10 sent, 1 failed, 3 skipped.').length,
    ).toBeGreaterThan(0);
    expect(controls()).toEqual([]);
  });

  it('shows the content read-only, previewed in a sandboxed frame', async () => {
    campaignBackend(() => campaign({ status: 'SENT', progress: progress({ status: 'SENT' }) }));
    renderApp('/workspaces/w1/campaigns/c1');

    const content = await screen.findByRole('region', { name: 'Content' });
    expect(within(content).getByText("Ana's Shop <news@shop.example>")).toBeInTheDocument();
    expect(await within(content).findByTitle('Preview of the HTML body')).toHaveAttribute(
      'sandbox',
      '',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
