import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { contact, crmPlatform, signIn } from './crmFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

function backend(onSave: (request: FakeRequest) => Response | undefined) {
  return mockBackend((request) => {
    if (request.method === 'POST' && request.path === '/api/crm/contacts') return onSave(request);
    if (request.path === '/api/crm/contacts/c1') return envelope(contact());
    return crmPlatform()(request);
  });
}

async function fillNewContact(person: ReturnType<typeof userEvent.setup>) {
  await person.type(await screen.findByLabelText('Email'), 'ana@example.com');
  await person.type(screen.getByLabelText('First name (optional)'), 'Ana');
  await person.type(screen.getByLabelText('Tags'), 'vip{Enter}');
  await person.click(screen.getByRole('button', { name: 'Add a field' }));
  await person.type(screen.getByLabelText('Field 1 name'), 'seats');
  await person.selectOptions(screen.getByLabelText('Field 1 type'), 'number');
  await person.type(screen.getByLabelText('Field 1 value'), '3');
  await person.click(screen.getByRole('button', { name: 'Add a field' }));
  await person.type(screen.getByLabelText('Field 2 name'), 'paying');
  await person.selectOptions(screen.getByLabelText('Field 2 type'), 'boolean');
  await person.selectOptions(screen.getByLabelText('Field 2 value'), 'false');
}

describe('ContactFormPage', () => {
  it('adds a contact with its tags and typed fields, then opens it', async () => {
    const requests = backend(() =>
      envelope(contact({ tags: ['vip'], fields: { seats: 3, paying: false } }), 201),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/new');

    await fillNewContact(person);
    await person.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('ana@example.com was added.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      email: 'ana@example.com',
      firstName: 'Ana',
      lastName: null,
      phone: null,
      tags: ['vip'],
      fields: { seats: 3, paying: false },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeInTheDocument();
  });

  it('shows a taken email on the email field and focuses it', async () => {
    backend(() =>
      problem(409, 'Conflict', 'Another contact of this workspace has the email ana@example.com', {
        email: 'belongs to another contact of this workspace',
      }),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/new');

    await fillNewContact(person);
    await person.click(screen.getByRole('button', { name: 'Add contact' }));

    const email = screen.getByLabelText('Email');
    expect(
      await screen.findByText('belongs to another contact of this workspace'),
    ).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
  });

  it("puts the server's fields.<name> problem on that field's row", async () => {
    backend(() =>
      problem(400, 'ValidationError', 'fields.seats: must be text, a number or true/false', {
        'fields.seats': 'must be text, a number or true/false',
      }),
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/new');

    await fillNewContact(person);
    await person.click(screen.getByRole('button', { name: 'Add contact' }));

    const value = screen.getByLabelText('Field 1 value');
    expect(await screen.findByText('must be text, a number or true/false')).toBeInTheDocument();
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveFocus();
  });

  it('checks the rows before sending anything', async () => {
    const requests = backend(() => envelope(contact(), 201));
    const person = userEvent.setup();
    renderApp('/workspaces/w1/contacts/new');

    await person.type(await screen.findByLabelText('Email'), 'ana@example.com');
    await person.click(screen.getByRole('button', { name: 'Add a field' }));
    expect(screen.getByLabelText('Field 1 name')).toHaveFocus();
    await person.type(screen.getByLabelText('Field 1 name'), 'seats');
    await person.selectOptions(screen.getByLabelText('Field 1 type'), 'number');
    await person.type(screen.getByLabelText('Field 1 value'), 'many');
    await person.click(screen.getByRole('button', { name: 'Add contact' }));

    expect(await screen.findByText('Enter a number, like 12 or 4.5.')).toBeInTheDocument();
    expect(screen.getByLabelText('Field 1 value')).toHaveFocus();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('edits a contact, its fields shown as typed rows', async () => {
    backend(() => undefined);
    renderApp('/workspaces/w1/contacts/c1/edit');

    expect(await screen.findByLabelText('Email')).toHaveValue('ana@example.com');
    expect(screen.getByLabelText('Field 2 type')).toHaveValue('number');
    expect(screen.getByLabelText('Field 3 value')).toHaveValue('true');
    const tags = screen.getByRole('list', { name: 'Tags (chosen)' });
    expect(within(tags).getByText('customer')).toBeInTheDocument();
  });
});
