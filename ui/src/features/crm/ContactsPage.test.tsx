import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, renderApp, type FakeRequest } from '../../test/utils';
import {
  contactFiltersFromSearch,
  contactsApiQuery,
  searchFromContactFilters,
} from './contactFilters';
import { contact, crmPlatform, segment, signIn } from './crmFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const listed = (requests: FakeRequest[]) =>
  requests.filter((r) => r.path.startsWith('/api/crm/contacts?')).map((r) => r.path);

describe('contact filters', () => {
  it('reads the URL, drops an unknown consent and writes only what is set', () => {
    const filters = contactFiltersFromSearch(
      new URLSearchParams('q=ana&tag=vip&consent=maybe&segmentId=s1&page=3'),
    );
    expect(filters).toEqual({ q: 'ana', tag: 'vip', consent: '', segmentId: 's1', page: 2 });
    expect(searchFromContactFilters(filters).toString()).toBe('q=ana&tag=vip&segmentId=s1&page=3');
    expect(contactsApiQuery(filters)).toBe('page=2&size=25&q=ana&tag=vip&segmentId=s1');
  });
});

describe('ContactsPage', () => {
  it('says what to do next when there are no contacts', async () => {
    mockBackend(crmPlatform());
    renderApp('/workspaces/w1/contacts');

    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a contact' })).toHaveAttribute(
      'href',
      '/workspaces/w1/contacts/new',
    );
    expect(screen.getByRole('link', { name: 'Import a CSV' })).toHaveAttribute(
      'href',
      '/workspaces/w1/contacts/imports',
    );
  });

  it('lists contacts with their tags and consent, filtered from the URL and the form', async () => {
    const requests = mockBackend((request) => {
      if (request.path.startsWith('/api/crm/contacts?')) {
        return envelope({
          items: [
            contact(),
            contact({
              id: 'c2',
              email: 'bo@example.com',
              firstName: null,
              lastName: null,
              tags: [],
              consent: 'bounced',
            }),
          ],
          page: 0,
          size: 25,
          total: 2,
        });
      }
      if (request.path === '/api/crm/segments') return envelope([segment()]);
      return crmPlatform()(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts?segmentId=s1');

    const table = await screen.findByRole('table', { name: 'Contacts' });
    const ana = within(table).getByRole('row', { name: /ana@example.com/ });
    expect(ana).toHaveTextContent('Ana Lima');
    expect(ana).toHaveTextContent('customer');
    expect(ana).toHaveTextContent('Subscribed');
    expect(within(table).getByRole('row', { name: /bo@example.com/ })).toHaveTextContent('Bounced');
    await waitFor(() => expect(screen.getByLabelText('Segment')).toHaveValue('s1'));
    expect(listed(requests)[0]).toBe('/api/crm/contacts?page=0&size=25&segmentId=s1');

    await person.type(screen.getByLabelText('Search'), 'ana');
    await person.click(screen.getByRole('button', { name: 'Search' }));
    await person.selectOptions(screen.getByLabelText('Consent'), 'subscribed');

    await waitFor(() =>
      expect(listed(requests).at(-1)).toBe(
        '/api/crm/contacts?page=0&size=25&q=ana&consent=subscribed&segmentId=s1',
      ),
    );
  });
});
