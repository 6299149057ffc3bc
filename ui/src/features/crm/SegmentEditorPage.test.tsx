import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { crmPlatform, segment, signIn } from './crmFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const COUNT = '/api/crm/segments/count';

function backend(extra: (request: FakeRequest) => Response | undefined) {
  return mockBackend((request) => extra(request) ?? crmPlatform()(request));
}

/** Counts the contacts tagged customer as 7, everyone else as 40. */
function counting(request: FakeRequest) {
  if (request.path !== COUNT) return undefined;
  const filter = request.body as { tagsAll?: string[] };
  return envelope({ contactCount: filter.tagsAll?.includes('customer') ? 7 : 40 });
}

describe('SegmentEditorPage', () => {
  it('counts the contacts matching the filter as it is built, then saves it', async () => {
    const requests = backend(
      (request) =>
        counting(request) ??
        (request.method === 'POST' && request.path === '/api/crm/segments'
          ? envelope(segment({ contactCount: 7 }), 201)
          : undefined),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/segments/new');

    const status = await screen.findByText('40 contacts match');
    await person.type(screen.getByLabelText('Name'), 'Big buyers');
    await person.type(screen.getByLabelText('Has all of these tags'), 'customer{Enter}');
    await waitFor(() => expect(status).toHaveTextContent('7 contacts match'));
    await person.click(screen.getByRole('checkbox', { name: 'Subscribed' }));
    await person.click(screen.getByRole('button', { name: 'Add a field rule' }));
    expect(
      screen.getByText('Finish the rules to see how many contacts match.'),
    ).toBeInTheDocument();
    await person.type(screen.getByLabelText('Rule 1 field'), 'orders');
    await person.selectOptions(screen.getByLabelText('Rule 1 operator'), 'GREATER_THAN');
    await person.selectOptions(screen.getByLabelText('Rule 1 type'), 'number');
    await person.type(screen.getByLabelText('Rule 1 value'), '5');
    const counted = () => requests.filter((r) => r.path === COUNT);
    const full = {
      tagsAll: ['customer'],
      consent: ['subscribed'],
      fields: [{ field: 'orders', op: 'GREATER_THAN', value: 5 }],
    };
    await waitFor(() => expect(counted().at(-1)?.body).toEqual(full));
    expect(status).toHaveTextContent('7 contacts match');
    const lastCount = counted().at(-1);
    // Typing "orders" letter by letter was counted once it paused, not at every letter.
    expect(requests.filter((r) => r.path === COUNT).length).toBeLessThan(6);

    await person.click(screen.getByRole('button', { name: 'Create segment' }));
    expect(await screen.findByText('Big buyers was saved: 7 contacts.')).toBeInTheDocument();
    expect(
      requests.find((r) => r.path === '/api/crm/segments' && r.method === 'POST')?.body,
    ).toEqual({
      name: 'Big buyers',
      filter: lastCount?.body,
    });
  });

  it("puts the server's filter.fields[0].op error on rule 1's operator", async () => {
    backend((request) => {
      if (request.path === COUNT) return envelope({ contactCount: 3 });
      if (request.method === 'POST' && request.path === '/api/crm/segments') {
        return problem(400, 'ValidationError', 'filter.fields[0].op: is required', {
          'filter.fields[0].op': 'is required',
        });
      }
      return undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/segments/new');

    await person.type(await screen.findByLabelText('Name'), 'Pros');
    await person.click(screen.getByRole('button', { name: 'Add a field rule' }));
    expect(screen.getByLabelText('Rule 1 field')).toHaveFocus();
    await person.type(screen.getByLabelText('Rule 1 field'), 'plan');
    await person.type(screen.getByLabelText('Rule 1 value'), 'pro');
    await person.click(screen.getByRole('button', { name: 'Create segment' }));

    const op = screen.getByLabelText('Rule 1 operator');
    await waitFor(() => expect(op).toHaveAttribute('aria-invalid', 'true'));
    expect(op).toHaveAccessibleDescription('is required');
    expect(op).toHaveFocus();
  });

  it('shows a taken name on the name field', async () => {
    backend((request) => {
      if (request.path === COUNT) return envelope({ contactCount: 3 });
      if (request.method === 'POST' && request.path === '/api/crm/segments') {
        return problem(409, 'Conflict', 'Another segment of this workspace is named Pros', {
          name: 'is already used in this workspace',
        });
      }
      return undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/segments/new');

    await person.type(await screen.findByLabelText('Name'), 'Pros');
    await person.click(screen.getByRole('button', { name: 'Create segment' }));

    expect(await screen.findByText('is already used in this workspace')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();
  });

  it('opens a saved segment in the builder with a link to its contacts', async () => {
    backend((request) => {
      if (request.path === COUNT) return envelope({ contactCount: 12 });
      if (request.path === '/api/crm/segments/s1') {
        return envelope(
          segment({
            filter: {
              tagsAll: ['customer'],
              consent: ['subscribed'],
              fields: [{ field: 'orders', op: 'GREATER_THAN', value: 5 }],
            },
          }),
        );
      }
      return undefined;
    });
    renderApp('/workspaces/w1/contacts/segments/s1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Big buyers' }),
    ).toBeInTheDocument();
    const tags = screen.getByRole('list', { name: 'Has all of these tags (chosen)' });
    expect(within(tags).getByText('customer')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Subscribed' })).toBeChecked();
    expect(screen.getByLabelText('Rule 1 operator')).toHaveValue('GREATER_THAN');
    expect(screen.getByLabelText('Rule 1 type')).toHaveValue('number');
    expect(screen.getByLabelText('Rule 1 value')).toHaveValue('5');
    expect(await screen.findByText('12 contacts match')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View its contacts' })).toHaveAttribute(
      'href',
      '/workspaces/w1/contacts?segmentId=s1',
    );
  });
});

describe('SegmentsPage', () => {
  it('lists the segments with their counts and links to their contacts', async () => {
    backend((request) =>
      request.method === 'GET' && request.path === '/api/crm/segments'
        ? envelope([segment()])
        : undefined,
    );
    renderApp('/workspaces/w1/contacts/segments');

    const table = await screen.findByRole('table', { name: 'Segments' });
    const row = within(table).getByRole('row', { name: /Big buyers/ });
    expect(row).toHaveTextContent('12');
    expect(
      within(row).getByRole('link', { name: 'View the contacts of Big buyers' }),
    ).toHaveAttribute('href', '/workspaces/w1/contacts?segmentId=s1');
  });
});
