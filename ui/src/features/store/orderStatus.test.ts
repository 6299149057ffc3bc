import { describe, expect, it } from 'vitest';
import type { Order } from './api';
import { availableActions, currentStatus, isPaid } from './orderStatus';

type ActionInput = Parameters<typeof availableActions>[0];

const physical = { digital: false } as Order['lines'][number];
const digital = { digital: true } as Order['lines'][number];

function order(overrides: Partial<ActionInput & Pick<Order, 'paidAt'>> = {}) {
  return {
    status: 'AWAITING_PAYMENT',
    liveStatus: null,
    paymentMethod: 'MANUAL',
    lines: [physical],
    tracking: null,
    paidAt: null,
    ...overrides,
  };
}

const shown = (actions: ReturnType<typeof availableActions>) =>
  Object.entries(actions)
    .filter(([, allowed]) => allowed)
    .map(([name]) => name);

describe('availableActions', () => {
  it.each([
    ['RESERVING', []],
    ['AWAITING_PAYMENT', ['confirmPayment', 'cancel']],
    ['PAID', []],
    ['AWAITING_SHIPMENT', ['ship', 'cancel']],
    ['SHIPPED', []],
    ['COMPLETED', []],
    ['CANCELLED', []],
  ])('offers for a manual physical order that is %s: %j', (status, expected) => {
    expect(shown(availableActions(order({ status, liveStatus: status })))).toEqual(expected);
  });

  it('goes by the live status, which moves before the record', () => {
    expect(
      shown(
        availableActions(order({ status: 'AWAITING_PAYMENT', liveStatus: 'AWAITING_SHIPMENT' })),
      ),
    ).toEqual(['ship', 'cancel']);
    expect(currentStatus({ status: 'COMPLETED', liveStatus: null })).toBe('COMPLETED');
  });

  it('never offers to confirm a Stripe payment: Stripe does', () => {
    expect(shown(availableActions(order({ paymentMethod: 'STRIPE' })))).toEqual(['cancel']);
  });

  it('never offers to ship an order of digital products only', () => {
    const paidDigital = order({ status: 'AWAITING_SHIPMENT', lines: [digital] });
    expect(shown(availableActions(paidDigital))).toEqual(['cancel']);
    const mixed = order({ status: 'AWAITING_SHIPMENT', lines: [digital, physical] });
    expect(shown(availableActions(mixed))).toEqual(['ship', 'cancel']);
  });

  it('offers nothing more once a tracking number is recorded', () => {
    const tracked = order({
      status: 'AWAITING_SHIPMENT',
      tracking: { carrier: 'DHL', number: '1', url: null },
    });
    expect(shown(availableActions(tracked))).toEqual([]);
  });
});

describe('isPaid', () => {
  it('is paid once a payment is recorded or the order waits for shipment', () => {
    expect(isPaid(order())).toBe(false);
    expect(isPaid(order({ status: 'AWAITING_SHIPMENT' }))).toBe(true);
    expect(isPaid(order({ status: 'CANCELLED', paidAt: '2025-01-01T00:00:00Z' }))).toBe(true);
  });
});
