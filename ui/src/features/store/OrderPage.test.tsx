import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { envelope, mockBackend, problem, renderApp, type FakeRequest } from '../../test/utils';
import { order, signIn, storePlatform } from './storeFixtures';

beforeEach(signIn);
afterEach(() => {
  vi.unstubAllGlobals();
});

const posts = (requests: FakeRequest[]) => requests.filter((r) => r.method === 'POST');

/** Order o1 as given, with extra answers for the test. */
function backend(
  current: Record<string, unknown>,
  extra?: (request: FakeRequest) => Response | undefined,
  role = 'EDITOR',
) {
  return mockBackend(
    (request) =>
      extra?.(request) ??
      (request.path === '/api/ecommerce/orders/o1' ? envelope(current) : undefined) ??
      storePlatform(role)(request),
  );
}

const actionButtons = () =>
  ['Confirm payment', 'Mark as shipped', 'Cancel order…'].filter((name) =>
    screen.queryByRole('button', { name }),
  );

describe('OrderPage', () => {
  it('shows the customer, the lines, the totals and both statuses', async () => {
    backend(order({ status: 'AWAITING_PAYMENT', liveStatus: 'AWAITING_PAYMENT' }));
    renderApp('/workspaces/w1/store/orders/o1');

    expect(await screen.findByRole('heading', { name: 'Order #o1', level: 1 })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Order' });
    expect(within(summary).getByText('Ana Buyer')).toBeInTheDocument();
    expect(within(summary).getByText('ana@example.com')).toBeInTheDocument();
    const items = screen.getByRole('table', { name: 'Items' });
    expect(within(items).getByText('Blue mug')).toBeInTheDocument();
    expect(within(items).getByText('€19.99')).toBeInTheDocument();
    expect(within(items).getByText('€39.98')).toBeInTheDocument();
    expect(screen.getByText('Order total').textContent).toContain('€39.98');
    expect(screen.getByText('Order status: Awaiting payment')).toBeInTheDocument();
  });

  it.each([
    ['AWAITING_PAYMENT', {}, ['Confirm payment', 'Cancel order…']],
    ['AWAITING_SHIPMENT', { paidAt: '2025-01-01T01:00:00Z' }, ['Mark as shipped', 'Cancel order…']],
    ['RESERVING', {}, []],
    ['COMPLETED', { liveStatus: null }, []],
    ['CANCELLED', { liveStatus: null, cancelReason: 'PAYMENT_TIMEOUT' }, []],
  ])('offers the actions a %s manual order takes', async (status, extra, expected) => {
    backend(order({ status, liveStatus: status, ...extra }));
    renderApp('/workspaces/w1/store/orders/o1');

    await screen.findByRole('heading', { name: 'Order #o1', level: 1 });
    expect(actionButtons()).toEqual(expected);
  });

  it('shows a Stripe order its PaymentIntent and failures, and no confirm button', async () => {
    backend(
      order({
        paymentMethod: 'STRIPE',
        stripePaymentIntentId: 'pi_123',
        paymentFailures: 2,
        lastPaymentFailureAt: '2025-01-01T02:00:00Z',
      }),
    );
    renderApp('/workspaces/w1/store/orders/o1');

    expect(await screen.findByText('pi_123')).toBeInTheDocument();
    expect(screen.getByText('Card payment failed')).toBeInTheDocument();
    expect(screen.getByText(/Stripe reported 2 failed attempts/)).toBeInTheDocument();
    expect(actionButtons()).toEqual(['Cancel order…']);
    expect(screen.getByText(/Stripe confirms the payment/)).toBeInTheDocument();
  });

  it('hides the actions from viewers', async () => {
    backend(order(), undefined, 'VIEWER');
    renderApp('/workspaces/w1/store/orders/o1');

    await screen.findByRole('heading', { name: 'Order #o1', level: 1 });
    expect(actionButtons()).toEqual([]);
  });

  it('confirms a manual payment, announces it and moves the focus to the title', async () => {
    let current = order();
    const requests = backend(current, (request) => {
      if (request.path.endsWith('/confirm-payment')) {
        current = order({
          status: 'AWAITING_SHIPMENT',
          liveStatus: 'AWAITING_SHIPMENT',
          paymentReference: 'TRANSFER-42',
          paidAt: '2025-01-01T01:00:00Z',
        });
        return envelope(current);
      }
      return request.path === '/api/ecommerce/orders/o1' ? envelope(current) : undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders/o1');

    await person.click(await screen.findByRole('button', { name: 'Confirm payment' }));
    expect(await screen.findByText(/Enter how you were paid/)).toBeInTheDocument();
    expect(posts(requests)).toHaveLength(0);

    await person.type(screen.getByLabelText('Payment reference'), 'TRANSFER-42');
    await person.click(screen.getByRole('button', { name: 'Confirm payment' }));

    expect(
      await screen.findByText('Payment confirmed. The order is Awaiting shipment.'),
    ).toBeInTheDocument();
    expect(posts(requests)[0]).toMatchObject({
      path: '/api/ecommerce/orders/o1/confirm-payment',
      body: { reference: 'TRANSFER-42' },
      workspaceId: 'w1',
    });
    expect(screen.getByRole('heading', { name: 'Order #o1', level: 1 })).toHaveFocus();
    expect(actionButtons()).toEqual(['Mark as shipped', 'Cancel order…']);
    expect(screen.getByText('TRANSFER-42')).toBeInTheDocument();
  });

  it("shows the order's reason when it refuses an action", async () => {
    backend(order({ status: 'AWAITING_SHIPMENT', liveStatus: 'AWAITING_SHIPMENT' }), (request) =>
      request.path.endsWith('/ship')
        ? problem(409, 'Conflict', 'The order cannot be shipped: it is cancelled')
        : undefined,
    );
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders/o1');

    await person.type(await screen.findByLabelText('Carrier'), 'DHL');
    await person.type(screen.getByLabelText('Tracking number'), 'JD0001');
    await person.type(screen.getByLabelText('Tracking link (optional)'), 'not a link');
    await person.click(screen.getByRole('button', { name: 'Mark as shipped' }));
    expect(await screen.findByText('Enter a link starting https://')).toBeInTheDocument();

    await person.clear(screen.getByLabelText('Tracking link (optional)'));
    await person.click(screen.getByRole('button', { name: 'Mark as shipped' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The order cannot be shipped: it is cancelled',
    );
  });

  it('asks before cancelling a paid order, saying it is refunded and the stock released', async () => {
    const paid = { status: 'AWAITING_SHIPMENT', liveStatus: 'AWAITING_SHIPMENT' };
    let current = order({ ...paid, paidAt: '2025-01-01T01:00:00Z' });
    const requests = backend(current, (request) => {
      if (request.path.endsWith('/cancel')) {
        current = order({
          status: 'CANCELLED',
          liveStatus: null,
          cancelReason: 'MERCHANT',
          paidAt: '2025-01-01T01:00:00Z',
          refundDue: true,
        });
        return envelope(current);
      }
      return request.path === '/api/ecommerce/orders/o1' ? envelope(current) : undefined;
    });
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders/o1');

    await person.click(await screen.findByRole('button', { name: 'Cancel order…' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel and refund this order?' });
    expect(dialog).toHaveTextContent('€39.98 has to be refunded to the customer');
    expect(dialog).toHaveTextContent('The 2 reserved items go back into stock.');
    expect(within(dialog).getByRole('button', { name: 'Keep the order' })).toHaveFocus();

    await person.click(within(dialog).getByRole('button', { name: 'Keep the order' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posts(requests)).toHaveLength(0);

    await person.click(screen.getByRole('button', { name: 'Cancel order…' }));
    await person.click(screen.getByRole('button', { name: 'Cancel and refund' }));

    expect(await screen.findByText('The order was cancelled.')).toBeInTheDocument();
    expect(posts(requests)).toMatchObject([{ path: '/api/ecommerce/orders/o1/cancel' }]);
    expect(screen.getByText(/Cancelled by the store/)).toBeInTheDocument();
    expect(screen.getByText(/is due back to the customer/)).toBeInTheDocument();
    await waitFor(() => expect(actionButtons()).toEqual([]));
  });

  it('tells that an unpaid Stripe order can no longer be paid once cancelled', async () => {
    backend(order({ paymentMethod: 'STRIPE' }));
    const person = userEvent.setup();
    renderApp('/workspaces/w1/store/orders/o1');

    await person.click(await screen.findByRole('button', { name: 'Cancel order…' }));
    expect(screen.getByRole('dialog', { name: 'Cancel this order?' })).toHaveTextContent(
      'the customer can no longer pay this order',
    );
  });

  it('says when the order does not exist', async () => {
    mockBackend((request) =>
      request.path === '/api/ecommerce/orders/o1'
        ? problem(404, 'NotFound', 'Order not found')
        : storePlatform()(request),
    );
    renderApp('/workspaces/w1/store/orders/o1');

    expect(
      await screen.findByRole('heading', { name: 'This order does not exist' }),
    ).toBeInTheDocument();
  });
});
