import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, problem, renderApp } from '../../test/utils';
import { signIn } from '../store/storeFixtures';
import { campaign, campaignBackend } from './campaignFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const writes = (requests: { method: string }[]) => requests.filter((r) => r.method !== 'GET');

describe('CampaignEditorPage', () => {
  it('creates a draft and lands on it with the preview in a sandboxed frame', async () => {
    let current = campaign();
    const requests = campaignBackend(
      () => current,
      (request) => {
        if (request.method === 'POST' && request.path === '/api/email-marketing/campaigns') {
          current = campaign(request.body as Record<string, unknown>);
          return envelope(current, 201);
        }
        return undefined;
      },
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/new');

    await screen.findByRole('heading', { level: 1, name: 'New campaign' });
    await person.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(await screen.findByText('Enter a name, for you to find it.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();

    await person.type(screen.getByLabelText('Name'), 'Spring sale');
    await person.type(screen.getByLabelText('Subject'), 'Hello');
    await person.type(screen.getByLabelText('From name'), 'Shop');
    await person.type(screen.getByLabelText('From email'), 'news@shop.example');
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'News (23 contacts)' })).toBeInTheDocument(),
    );
    await person.selectOptions(screen.getByLabelText('Audience'), 's1');
    await person.type(screen.getByLabelText('Text body'), 'Hi');
    await person.click(screen.getByRole('button', { name: 'Create draft' }));

    expect(await screen.findByText(/^Draft saved\./)).toBeInTheDocument();
    expect(writes(requests)[0]).toMatchObject({
      path: '/api/email-marketing/campaigns',
      workspaceId: 'w1',
      body: {
        name: 'Spring sale',
        subject: 'Hello',
        fromName: 'Shop',
        fromEmail: 'news@shop.example',
        replyTo: null,
        segmentId: 's1',
        html: '',
        text: 'Hi',
      },
    });
    const frame = await screen.findByTitle('Preview of the HTML body');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', '<p>Hi Ana</p>');
    expect(screen.getByText('Ana, the sale is on')).toBeInTheDocument();
  });

  it('shows the server’s refusal on the field it names', async () => {
    campaignBackend(
      () => campaign(),
      (request) =>
        request.method === 'PUT'
          ? problem(400, 'ValidationError', 'subject: unknown merge tag {{firstname}}', {
              subject: 'unknown merge tag {{firstname}}: use first_name, last_name, email',
            })
          : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    const subject = await screen.findByLabelText('Subject');
    await person.clear(subject);
    await person.type(subject, 'Hi {{{{firstname}}');
    await person.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(
      await screen.findByText('unknown merge tag {{firstname}}: use first_name, last_name, email'),
    ).toBeInTheDocument();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    expect(subject).toHaveFocus();
    expect(
      within(screen.getByRole('region', { name: 'Content' })).getByRole('alert'),
    ).toHaveTextContent('subject: unknown merge tag');
  });

  it('inserts a merge tag at the caret of the HTML body', async () => {
    campaignBackend(() => campaign({ html: '<p>Hi </p>' }));
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    const html = (await screen.findByLabelText('HTML body')) as HTMLTextAreaElement;
    html.setSelectionRange(6, 6);
    await person.click(screen.getByRole('button', { name: 'Insert merge tag into the HTML body' }));
    const menu = screen.getByRole('list', { name: 'Merge tags' });
    await person.click(within(menu).getByRole('button', { name: /First name \(or “there”\)/ }));

    expect(html).toHaveValue('<p>Hi {{first_name|there}}</p>');
    expect(screen.queryByRole('list', { name: 'Merge tags' })).not.toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send now…' })).toBeDisabled();
  });

  it('sends a test to an address', async () => {
    const requests = campaignBackend(
      () => campaign(),
      (request) => (request.path.endsWith('/test') ? envelope(null) : undefined),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    await person.type(await screen.findByLabelText('Test address'), 'me@example.com');
    await person.click(screen.getByRole('button', { name: 'Send test' }));

    expect(await screen.findByText('Test sent to me@example.com.')).toBeInTheDocument();
    expect(writes(requests)[0]).toMatchObject({
      path: '/api/email-marketing/campaigns/c1/test',
      body: { to: 'me@example.com' },
    });
  });

  it('asks before sending, stating the audience size, then shows the progress', async () => {
    let current = campaign();
    const requests = campaignBackend(
      () => current,
      (request) => {
        if (request.path.endsWith('/send')) {
          current = campaign({ status: 'SENDING', startedAt: '2030-01-01T00:00:00Z' });
          return envelope(current, 202);
        }
        return undefined;
      },
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    await person.click(await screen.findByRole('button', { name: 'Send now…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this campaign now?' });
    expect(dialog).toHaveTextContent('“Spring sale” goes to the 23 contacts of News now.');
    expect(dialog).toHaveTextContent('Contacts who are not subscribed are skipped.');
    expect(within(dialog).getByRole('button', { name: 'Not yet' })).toHaveFocus();
    await person.click(within(dialog).getByRole('button', { name: 'Send now' }));

    expect(
      await screen.findByText('Sending has started. Progress updates live.'),
    ).toBeInTheDocument();
    expect(writes(requests)[0]).toMatchObject({
      path: '/api/email-marketing/campaigns/c1/send',
      body: {},
    });
    expect(screen.getByRole('region', { name: 'Progress' })).toBeInTheDocument();
  });

  it('schedules at the chosen local time, sent as an instant', async () => {
    const requests = campaignBackend(
      () => campaign({ segmentId: null }),
      (request) =>
        request.path.endsWith('/send')
          ? envelope(campaign({ status: 'SCHEDULED', scheduledAt: '2031-05-01T08:00:00Z' }), 202)
          : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/campaigns/c1');

    await person.click(await screen.findByRole('radio', { name: 'At a time I choose' }));
    await person.click(screen.getByRole('button', { name: 'Schedule…' }));
    expect(await screen.findByText('Choose the date and time to send at.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Send at'), { target: { value: '2031-05-01T10:00' } });
    await person.click(screen.getByRole('button', { name: 'Schedule…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule this campaign?' });
    await waitFor(() => expect(dialog).toHaveTextContent('goes to all 40 contacts on'));
    await person.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    await waitFor(() =>
      expect(requests.find((r) => r.path.endsWith('/send'))).toMatchObject({
        body: { sendAt: new Date(2031, 4, 1, 10, 0).toISOString() },
      }),
    );
  });
});
