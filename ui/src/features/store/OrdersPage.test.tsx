import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import {
  order,
  product,
  signIn,
  storePlatform,
  stripeConfigured,
  stripeNotConfigured,
} from './storeFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const page = (items: unknown[], total = items.length) =>
  envelope({ items, page: 0, size: 20, total });

describe('OrdersPage', () => {
  it('lists orders and keeps the status filter and the page in the URL', async () => {
    const requests = mockBackend((request) => {
      if (request.path.startsWith('/api/ecommerce/orders?')) {
        return request.path.includes('status=AWAITING_SHIPMENT')
          ? page([order({ id: 'a2', status: 'AWAITING_SHIPMENT' })])
          : page([order(), order({ id: 'b3', status: 'COMPLETED' })], 45);
      }
      return storePlatform()(request);
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders?page=2');

    const table = await screen.findByRole('table', { name: 'Orders' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Order o1' })).toHaveAttribute(
      'href',
      '/workspaces/w1/store/orders/o1',
    );
    expect(within(rows[0]!).getByText('Awaiting payment')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('€39.98')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Completed')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(screen.getByText(/Live · updated/)).toBeInTheDocument();
    expect(requests.find((r) => r.path.startsWith('/api/ecommerce/orders'))?.path).toBe(
      '/api/ecommerce/orders?page=1&size=20',
    );

    await person.selectOptions(screen.getByLabelText('Status'), 'AWAITING_SHIPMENT');

    expect(await screen.findByRole('link', { name: 'Order a2' })).toBeInTheDocument();
    expect(requests.at(-1)?.path).toBe(
      '/api/ecommerce/orders?page=0&size=20&status=AWAITING_SHIPMENT',
    );
  });

  it('says what to do when there is no order yet, and when none has the status', async () => {
    mockBackend((request) =>
      request.path.startsWith('/api/ecommerce/orders?') ? page([]) : storePlatform()(request),
    );
    renderApp('/workspaces/w1/store/orders?status=SHIPPED');

    expect(
      await screen.findByRole('heading', { name: 'No orders are shipped' }),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all orders' }));
    expect(await screen.findByRole('heading', { name: 'No orders yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Place an order' })).toBeInTheDocument();
  });
});

describe('NewOrderPage', () => {
  function backend(stripe: unknown, extra?: (request: FakeRequest) => Response | undefined) {
    return mockBackend((request) => {
      const fromExtra = extra?.(request);
      if (fromExtra) return fromExtra;
      if (request.path === '/api/ecommerce/products') {
        return envelope([product(), product({ id: 'p2', name: 'Red mug', sku: 'MUG-RED' })]);
      }
      if (request.path === '/api/ecommerce/settings/stripe') return envelope(stripe);
      return storePlatform()(request);
    });
  }

  /** Opens the form and fills in the customer and one line of product p1. */
  async function openWithOneMug() {
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders/new');
    await person.type(await screen.findByLabelText('Customer email'), 'ana@example.com');
    await person.type(screen.getByLabelText('Customer name'), 'Ana Buyer');
    await person.selectOptions(screen.getByLabelText('Product 1'), 'p1');
    return person;
  }

  it('disables Stripe with the reason and a link to the settings when it is not set up', async () => {
    backend(stripeNotConfigured);
    renderApp('/workspaces/w1/store/orders/new');

    const stripe = await screen.findByRole('radio', { name: /Stripe/ });
    await waitFor(() => expect(stripe).toBeDisabled());
    expect(stripe).toHaveAccessibleDescription(/Stripe is not set up for this workspace/);
    expect(screen.getByRole('link', { name: 'See the store settings' })).toHaveAttribute(
      'href',
      '/workspaces/w1/store/settings',
    );
    expect(screen.getByRole('radio', { name: /Manual/ })).toBeChecked();
  });

  it('offers Stripe once it is set up', async () => {
    backend(stripeConfigured);
    renderApp('/workspaces/w1/store/orders/new');

    const stripe = await screen.findByRole('radio', { name: /Stripe/ });
    await waitFor(() => expect(stripe).toBeEnabled());
  });

  it('checks the form, then places the order with its lines', async () => {
    const requests = backend(stripeConfigured, (request) =>
      request.method === 'POST' ? envelope(order({ status: 'RESERVING' }), 201) : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders/new');

    await person.click(await screen.findByRole('button', { name: 'Place order' }));
    expect(await screen.findByText("Enter the customer's email address.")).toBeInTheDocument();
    expect(screen.getByLabelText('Customer email')).toHaveFocus();
    expect(screen.getByLabelText('Product 1')).toHaveAccessibleDescription('Choose a product.');

    await person.type(screen.getByLabelText('Customer email'), 'ana@example.com');
    await person.type(screen.getByLabelText('Customer name'), 'Ana Buyer');
    await person.selectOptions(screen.getByLabelText('Product 1'), 'p1');
    await person.clear(screen.getByLabelText('Quantity 1'));
    await person.type(screen.getByLabelText('Quantity 1'), '2');
    await person.click(screen.getByRole('button', { name: 'Add another product' }));
    await person.selectOptions(screen.getByLabelText('Product 2'), 'p2');
    expect(screen.getByText('Total €59.97')).toBeInTheDocument();
    await person.click(screen.getByRole('radio', { name: /Stripe/ }));
    await person.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Order placed for Ana Buyer.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')).toMatchObject({
      path: '/api/ecommerce/orders',
      body: {
        customerEmail: 'ana@example.com',
        customerName: 'Ana Buyer',
        paymentMethod: 'STRIPE',
        lines: [
          { productId: 'p1', quantity: 2 },
          { productId: 'p2', quantity: 1 },
        ],
      },
    });
  });

  it("puts the server's out-of-stock answer on the line's quantity", async () => {
    backend(stripeNotConfigured, (request) =>
      request.method === 'POST'
        ? problem(409, 'OutOfStock', 'Blue mug has 3 in stock', {
            'lines[0].quantity': 'only 3 in stock',
          })
        : undefined,
    );
    const person = await openWithOneMug();
    await person.clear(screen.getByLabelText('Quantity 1'));
    await person.type(screen.getByLabelText('Quantity 1'), '5');
    await person.click(screen.getByRole('button', { name: 'Place order' }));

    await waitFor(() => expect(screen.getByLabelText('Quantity 1')).toHaveFocus());
    expect(screen.getByLabelText('Quantity 1')).toHaveAccessibleDescription('only 3 in stock');
    expect(screen.getByRole('alert')).toHaveTextContent('Blue mug has 3 in stock');
  });

  it('shows why Stripe was refused when it was removed meanwhile', async () => {
    backend(stripeConfigured, (request) =>
      request.method === 'POST'
        ? problem(
            422,
            'PaymentMethodUnavailable',
            'Stripe is not configured for this workspace; use MANUAL or connect Stripe first',
            { paymentMethod: 'Stripe is not configured for this workspace' },
          )
        : undefined,
    );
    const person = await openWithOneMug();
    const stripe = screen.getByRole('radio', { name: /Stripe/ });
    await waitFor(() => expect(stripe).toBeEnabled());
    await person.click(stripe);
    await person.click(screen.getByRole('button', { name: 'Place order' }));

    expect(
      await screen.findByText('Stripe is not configured for this workspace', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('use MANUAL or connect Stripe first');
  });

  it('tells a viewer who follows a link to it that only editors place orders', async () => {
    mockBackend(storePlatform('VIEWER'));
    renderApp('/workspaces/w1/store/orders/new');

    expect(
      await screen.findByRole('heading', { name: 'Only editors can do this' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Customer email')).not.toBeInTheDocument();
  });
});
