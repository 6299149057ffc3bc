import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, problem, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { account, post, queue, socialBackend } from './socialFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const PAGE = '/workspaces/w1/social';

describe('SocialPage', () => {
  it('shows which accounts are connected and connects one by a pasted token', async () => {
    const requests = socialBackend((request) =>
      request.method === 'PUT' ? envelope(account({ id: 'a-li' })) : undefined,
    );
    renderApp(PAGE);

    const accounts = await screen.findByRole('list', { name: 'Connected accounts' });
    const [x, linkedIn] = within(accounts).getAllByRole('listitem');
    expect(within(x!).getByText('Connected')).toBeInTheDocument();
    expect(x).toHaveTextContent('token …abcd');
    expect(within(linkedIn!).getByText('Not connected')).toBeInTheDocument();
    expect(screen.getByLabelText('Access token (paste to connect)')).toHaveAttribute(
      'type',
      'password',
    );

    await userEvent.click(within(linkedIn!).getByRole('button', { name: 'Paste token' }));
    await userEvent.type(
      within(linkedIn!).getByLabelText('Access token for Ana on LinkedIn'),
      'li-token-123456',
    );
    await userEvent.click(within(linkedIn!).getByRole('button', { name: 'Connect' }));

    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/social/accounts/a-li/token');
    expect(put?.body).toEqual({ accessToken: 'li-token-123456' });
    expect(put?.workspaceId).toBe('w1');
  });

  it('counts characters per network of the chosen accounts and refuses a text too long', async () => {
    socialBackend();
    renderApp(PAGE);
    const text = await screen.findByLabelText('Text');
    await userEvent.click(await screen.findByRole('checkbox', { name: /Shop on X/ }));
    expect(screen.getByRole('checkbox', { name: /Ana on LinkedIn/ })).toBeDisabled();

    await userEvent.click(text);
    await userEvent.paste('a'.repeat(281));

    const counts = screen.getByRole('list', { name: 'Characters per network' });
    expect(counts).toHaveTextContent('X: 281 / 280 — 1 too many');
    expect(screen.getByRole('button', { name: 'Schedule post' })).toBeDisabled();
    await userEvent.type(text, '{backspace}');
    expect(counts).toHaveTextContent('X: 280 / 280');
  });

  it('puts a post in the next queue slot and shows the server problem on its field', async () => {
    let attempt = 0;
    const requests = socialBackend((request) => {
      if (request.method !== 'POST' || request.path !== '/api/social/posts') return undefined;
      attempt += 1;
      return attempt === 1
        ? problem(400, 'ValidationError', 'text: is 290 characters; X allows 280', {
            text: 'is 290 characters; X allows 280',
          })
        : envelope(post({ fromQueue: true }), 201);
    });
    renderApp(PAGE);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Shop on X/ }));
    await userEvent.type(screen.getByLabelText('Text'), 'Hello');
    await userEvent.click(await screen.findByRole('radio', { name: /Next free queue slot/ }));

    await userEvent.click(screen.getByRole('button', { name: 'Schedule post' }));
    expect(await screen.findByText('is 290 characters; X allows 280')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Schedule post' }));

    const created = requests.filter((r) => r.method === 'POST');
    expect(created[1]?.body).toEqual({ text: 'Hello', accountIds: ['a-x'], queue: true });
    expect(await screen.findByText('Post scheduled.')).toBeInTheDocument();
  });

  it('lists posts by day with their outcome, and cancels a scheduled one', async () => {
    const requests = socialBackend(
      (request) =>
        request.path.endsWith('/cancel') ? envelope(post({ status: 'CANCELLED' })) : undefined,
      {
        posts: [
          post(),
          post({
            id: 'p2',
            status: 'PARTIALLY_PUBLISHED',
            targets: [
              {
                ...post().targets[0],
                status: 'PUBLISHED',
                url: 'https://x.com/shop/status/1',
              },
              {
                ...post().targets[0],
                accountId: 'a-li',
                platform: 'LINKEDIN',
                accountName: 'Ana on LinkedIn',
                status: 'FAILED',
                error: 'The LinkedIn account Ana on LinkedIn needs reconnecting',
              },
            ],
          }),
        ],
      },
    );
    renderApp(PAGE);

    expect(await screen.findByText('Partly published')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View on X' })).toHaveAttribute(
      'href',
      'https://x.com/shop/status/1',
    );
    expect(screen.getByText(/needs reconnecting/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Reschedule' })).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel this post' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the post' }));

    expect(
      requests.some((r) => r.method === 'POST' && r.path === '/api/social/posts/p1/cancel'),
    ).toBe(true);
  });

  it('edits the queue time slots and saves them in the workspace zone', async () => {
    const requests = socialBackend((request) =>
      request.method === 'PUT' && request.path === '/api/social/queue'
        ? envelope({ ...queue, slots: request.body && (request.body as typeof queue).slots })
        : undefined,
    );
    renderApp(PAGE);
    expect(await screen.findByDisplayValue('Europe/Paris')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add a slot' }));
    await userEvent.selectOptions(screen.getByLabelText('Slot 2 day'), 'WEDNESDAY');
    await userEvent.click(screen.getByRole('button', { name: 'Save slots' }));

    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({
      timeZone: 'Europe/Paris',
      slots: [
        { day: 'MONDAY', time: '09:00' },
        { day: 'WEDNESDAY', time: '09:00' },
      ],
    });
    expect(await screen.findByText('Queue slots saved.')).toBeInTheDocument();
  });

  it('shows a viewer the posts without the composer or the buttons', async () => {
    socialBackend(undefined, { role: 'VIEWER' });
    renderApp(PAGE);

    expect(await screen.findByText('Spring sale starts today')).toBeInTheDocument();
    expect(screen.queryByLabelText('Text')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reschedule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add account' })).not.toBeInTheDocument();
  });
});
