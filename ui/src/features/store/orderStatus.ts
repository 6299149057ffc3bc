import type { BadgeTone } from '../../components/ui';
import type { Order } from './api';

export const ORDER_STATUSES = [
  'RESERVING',
  'AWAITING_PAYMENT',
  'PAID',
  'AWAITING_SHIPMENT',
  'SHIPPED',
  'COMPLETED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const labels: Record<OrderStatus, string> = {
  RESERVING: 'Reserving stock',
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  AWAITING_SHIPMENT: 'Awaiting shipment',
  SHIPPED: 'Shipped',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

const tones: Record<OrderStatus, BadgeTone> = {
  RESERVING: 'info',
  AWAITING_PAYMENT: 'warning',
  PAID: 'info',
  AWAITING_SHIPMENT: 'accent',
  SHIPPED: 'info',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
};

const cancelReasons: Record<string, string> = {
  OUT_OF_STOCK: 'Not enough stock when it was placed',
  PAYMENT_TIMEOUT: 'Not paid in time',
  PAYMENT_UNAVAILABLE: 'Stripe could not take the payment',
  MERCHANT: 'Cancelled by the store',
};

function known(status: string | null | undefined): OrderStatus | null {
  const upper = (status ?? '').toUpperCase();
  return (ORDER_STATUSES as readonly string[]).includes(upper) ? (upper as OrderStatus) : null;
}

/** "Awaiting payment"; an unknown status is shown as sent. */
export function orderStatusLabel(status: string | null | undefined): string {
  const s = known(status);
  return s ? labels[s] : status || 'Unknown';
}

export function orderStatusTone(status: string | null | undefined): BadgeTone {
  const s = known(status);
  return s ? tones[s] : 'neutral';
}

export function cancelReasonLabel(reason: string | null | undefined): string {
  return reason ? (cancelReasons[reason] ?? reason) : '';
}

/** A completed or cancelled order will not change any more: no polling, no actions. */
export function isFinalOrderStatus(status: string | null | undefined): boolean {
  const s = known(status);
  return s === 'COMPLETED' || s === 'CANCELLED';
}

export const orderStatusOptions = [
  { value: '', label: 'All statuses' },
  ...ORDER_STATUSES.map((status) => ({ value: status, label: labels[status] })),
];

/**
 * Where the order is: its workflow's answer when there is one (it moves first), else the record.
 * The actions are workflow updates, so this is what decides which ones can be offered.
 */
export function currentStatus(order: Pick<Order, 'status' | 'liveStatus'>): string {
  return (order.liveStatus ?? order.status).toUpperCase();
}

export function hasPhysicalLines(order: Pick<Order, 'lines'>): boolean {
  return order.lines.some((line) => !line.digital);
}

export interface OrderActions {
  /** The merchant received a manual payment (Stripe's webhook confirms Stripe payments). */
  confirmPayment: boolean;
  /** A paid order with something to post. */
  ship: boolean;
  cancel: boolean;
}

/**
 * The merchant's actions the order takes in its current state, mirroring the workflow's update
 * validators; the server still has the last word and answers 409 with its reason otherwise.
 * While stock is reserved or a payment is being processed, nothing is offered: the order moves
 * on by itself within moments.
 */
export function availableActions(
  order: Pick<Order, 'status' | 'liveStatus' | 'paymentMethod' | 'lines' | 'tracking'>,
): OrderActions {
  const status = currentStatus(order);
  const shipped = Boolean(order.tracking);
  const waitingForPayment = status === 'AWAITING_PAYMENT';
  const waitingForShipment = status === 'AWAITING_SHIPMENT';
  return {
    confirmPayment: waitingForPayment && order.paymentMethod.toUpperCase() === 'MANUAL',
    ship: waitingForShipment && hasPhysicalLines(order) && !shipped,
    cancel: (waitingForPayment || waitingForShipment) && !shipped,
  };
}

/** Paid and not refunded yet: cancelling it refunds the customer. */
export function isPaid(order: Pick<Order, 'status' | 'liveStatus' | 'paidAt'>): boolean {
  const status = currentStatus(order);
  return Boolean(order.paidAt) || status === 'PAID' || status === 'AWAITING_SHIPMENT';
}
