import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, renderApp, type FakeRequest } from '../../test/utils';
import { contact, crmPlatform, signIn } from './crmFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const CONTACT = '/api/crm/contacts/c1';
const posts = (requests: FakeRequest[]) => requests.filter((r) => r.method !== 'GET');

/** Contact c1 as `current` says, changed by the test's handler. */
function backend(handle: (request: FakeRequest) => Response | undefined, role = 'EDITOR') {
  return mockBackend((request) => handle(request) ?? crmPlatform(role)(request));
}

describe('ContactPage', () => {
  it('changes the consent with a note and shows it first in the history', async () => {
    let current = contact();
    const requests = backend((request) => {
      if (request.path === `${CONTACT}/consent`) {
        current = contact({
          consent: 'unsubscribed',
          consentHistory: [
            ...current.consentHistory,
            {
              status: 'unsubscribed',
              at: '2025-02-01T00:00:00Z',
              source: 'api',
              note: 'asked by phone',
            },
          ],
        });
        return envelope(current);
      }
      return request.path === CONTACT ? envelope(current) : undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/c1');

    const consent = await screen.findByRole('region', { name: 'Consent' });
    expect(consent).toHaveTextContent('Only subscribed contacts receive campaigns');
    expect(within(consent).getByLabelText('Change consent to')).toHaveValue('unsubscribed');
    await person.type(within(consent).getByLabelText('Note (optional)'), 'asked by phone');
    await person.click(within(consent).getByRole('button', { name: 'Change consent' }));

    expect(await within(consent).findByText('Consent is now unsubscribed.')).toBeInTheDocument();
    expect(posts(requests)).toMatchObject([
      { path: `${CONTACT}/consent`, body: { status: 'unsubscribed', note: 'asked by phone' } },
    ]);
    const rows = within(within(consent).getByRole('table', { name: 'History' })).getAllByRole(
      'row',
    );
    expect(rows[1]).toHaveTextContent('Unsubscribed');
    expect(rows[1]).toHaveTextContent('asked by phone');
    expect(rows[2]).toHaveTextContent('Subscribed');
    expect(screen.getByRole('heading', { name: 'Consent' })).toHaveFocus();
    expect(within(consent).getByLabelText('Change consent to')).toHaveValue('subscribed');
  });

  it('adds and removes tags through the tags door', async () => {
    let current = contact();
    const requests = backend((request) => {
      if (request.path === `${CONTACT}/tags`) {
        const change = request.body as { add: string[]; remove: string[] };
        current = contact({
          tags: [...current.tags.filter((t) => !change.remove.includes(t)), ...change.add],
        });
        return envelope(current);
      }
      return request.path === CONTACT ? envelope(current) : undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/c1');

    await person.type(await screen.findByLabelText('Tags of this contact'), 'vip{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Tags of this contact (chosen)' })).toHaveTextContent(
        'vip',
      ),
    );
    await person.click(screen.getByRole('button', { name: 'Remove tag customer' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Remove tag customer' })).not.toBeInTheDocument(),
    );
    expect(posts(requests).map((r) => r.body)).toEqual([
      { add: ['vip'], remove: [] },
      { add: [], remove: ['customer'] },
    ]);
  });

  it('deletes the contact only once confirmed', async () => {
    const requests = backend((request) => {
      if (request.method === 'DELETE' && request.path === CONTACT) return envelope(null);
      return request.path === CONTACT ? envelope(contact()) : undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/c1');

    await person.click(await screen.findByRole('button', { name: 'Delete contact…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete ana@example.com?' });
    await person.click(within(dialog).getByRole('button', { name: 'Keep the contact' }));
    expect(posts(requests)).toHaveLength(0);

    await person.click(screen.getByRole('button', { name: 'Delete contact…' }));
    await person.click(screen.getByRole('button', { name: 'Delete contact' }));

    expect(await screen.findByText('ana@example.com was deleted.')).toBeInTheDocument();
    expect(posts(requests)).toMatchObject([{ method: 'DELETE', path: CONTACT }]);
  });

  it('shows a viewer the contact without the controls that change it', async () => {
    backend((request) => (request.path === CONTACT ? envelope(contact()) : undefined), 'VIEWER');
    renderApp('/workspaces/w1/contacts/c1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ana Lima' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change consent' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete contact…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('keeps the Contacts tab open on a contact, which sits below the contacts', async () => {
    backend((request) => (request.path === CONTACT ? envelope(contact()) : undefined));
    renderApp('/workspaces/w1/contacts/c1');

    await screen.findByRole('heading', { level: 1, name: 'Ana Lima' });
    const tabs = screen.getByRole('navigation', { name: 'Audience' });
    expect(within(tabs).getByRole('link', { name: 'Contacts' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tabs).getByRole('link', { name: 'Segments' })).not.toHaveAttribute(
      'aria-current',
    );
  });
});
