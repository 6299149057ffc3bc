import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { errorMessage } from '../../api';
import { Alert, Button, Card, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { storeApi, useOrderMutation, type Order, type Tracking } from './api';
import { ConfirmDialog } from './ConfirmDialog';
import { formatMoney } from './money';
import {
  availableActions,
  currentStatus,
  isFinalOrderStatus,
  isPaid,
  orderStatusLabel,
} from './orderStatus';

const confirmPaymentInput = z.object({
  reference: z
    .string()
    .trim()
    .min(1, 'Enter how you were paid, e.g. the bank transfer reference.')
    .max(200, 'Use at most 200 characters.'),
});

export const shipInput = z.object({
  carrier: z.string().trim().min(1, 'Enter the carrier.').max(100, 'Use at most 100 characters.'),
  number: z
    .string()
    .trim()
    .min(1, 'Enter the tracking number.')
    .max(100, 'Use at most 100 characters.'),
  url: z
    .string()
    .trim()
    .max(2000, 'Use at most 2000 characters.')
    .refine((url) => url === '' || /^https?:\/\/\S+$/.test(url), 'Enter a link starting https://')
    .transform((url) => url || null),
});

type Done = (message: string) => void;

function ConfirmPaymentForm({ order, onDone }: { order: Order; onDone: Done }) {
  const { workspaceId } = useWorkspaceSection();
  const form = useFormErrors();
  const confirm = useOrderMutation(workspaceId, (reference: string) =>
    storeApi.confirmPayment(workspaceId, order.id, reference),
  );
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(confirmPaymentInput, formValues(event.currentTarget));
    if (!input) return;
    try {
      const paid = await confirm.mutateAsync(input.reference);
      onDone(`Payment confirmed. The order is ${orderStatusLabel(currentStatus(paid))}.`);
    } catch (error) {
      form.showError(error);
    }
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="store-action">
      <h3 className="store-action-title">Confirm the payment</h3>
      <p className="muted small">
        When {formatMoney(order.totalMinor, order.currency)} has reached you by transfer, cash or
        otherwise.
      </p>
      <Alert>{form.formError}</Alert>
      <div className="inline-form">
        <TextField
          label="Payment reference"
          name="reference"
          autoComplete="off"
          error={form.fieldErrors.reference}
          fieldClassName="grow"
          maxLength={200}
          required
        />
        <div className="inline-form-submit">
          <Button type="submit" busy={confirm.isPending}>
            Confirm payment
          </Button>
        </div>
      </div>
    </form>
  );
}

function ShipForm({ order, onDone }: { order: Order; onDone: Done }) {
  const { workspaceId } = useWorkspaceSection();
  const form = useFormErrors();
  const ship = useOrderMutation(workspaceId, (tracking: Tracking) =>
    storeApi.ship(workspaceId, order.id, tracking),
  );
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(shipInput, formValues(event.currentTarget));
    if (!input) return;
    try {
      await ship.mutateAsync(input);
      onDone('Marked as shipped. The customer gets the tracking details by mail.');
    } catch (error) {
      form.showError(error);
    }
  };
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="store-action">
      <h3 className="store-action-title">Ship the order</h3>
      <p className="muted small">The customer gets a mail with the tracking details.</p>
      <Alert>{form.formError}</Alert>
      <div className="store-form-row">
        <TextField
          label="Carrier"
          name="carrier"
          error={form.fieldErrors.carrier}
          maxLength={100}
          required
        />
        <TextField
          label="Tracking number"
          name="number"
          autoComplete="off"
          error={form.fieldErrors.number}
          maxLength={100}
          required
        />
      </div>
      <TextField
        label="Tracking link (optional)"
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://"
        error={form.fieldErrors.url}
      />
      <div className="store-form-actions">
        <Button type="submit" busy={ship.isPending}>
          Mark as shipped
        </Button>
      </div>
    </form>
  );
}

/** What cancelling does to this order: refunds a paid one, always releases the stock. */
export function cancelConsequences(order: Order): string[] {
  const items = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const stock = `The ${items} reserved ${items === 1 ? 'item goes' : 'items go'} back into stock.`;
  const total = formatMoney(order.totalMinor, order.currency);
  if (!isPaid(order)) {
    return [
      order.paymentMethod === 'STRIPE'
        ? 'Nothing has been paid yet: the customer can no longer pay this order.'
        : 'Nothing has been paid yet, so there is nothing to refund.',
      stock,
      'The customer is told by mail.',
    ];
  }
  return [
    order.paymentMethod === 'STRIPE'
      ? `The order was paid: ${total} is refunded to the customer through Stripe.`
      : `The order was paid: ${total} has to be refunded to the customer. You receive a reminder mail to refund it.`,
    stock,
    'The customer is told by mail.',
  ];
}

function CancelOrder({ order, onDone }: { order: Order; onDone: Done }) {
  const { workspaceId } = useWorkspaceSection();
  const [asking, setAsking] = useState(false);
  const cancel = useOrderMutation(workspaceId, () => storeApi.cancel(workspaceId, order.id));
  return (
    <div className="store-action">
      <h3 className="store-action-title">Cancel the order</h3>
      {cancel.error && <Alert>{errorMessage(cancel.error)}</Alert>}
      <Button
        variant="secondary"
        busy={cancel.isPending}
        onClick={() => {
          cancel.reset();
          setAsking(true);
        }}
      >
        Cancel order…
      </Button>
      {asking && (
        <ConfirmDialog
          title={isPaid(order) ? 'Cancel and refund this order?' : 'Cancel this order?'}
          confirmLabel={isPaid(order) ? 'Cancel and refund' : 'Cancel order'}
          cancelLabel="Keep the order"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            // Awaited rather than a mutate callback: the cancelled order no longer shows this
            // action, and the page must still hear that it is done.
            try {
              await cancel.mutateAsync(undefined);
              onDone('The order was cancelled.');
            } catch {
              // cancel.error shows the order's reason here.
            }
          }}
        >
          {cancelConsequences(order).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </ConfirmDialog>
      )}
    </div>
  );
}

/**
 * The merchant's actions this order takes now. A refusal by the order (it moved on meanwhile)
 * comes back as a 409 whose reason is shown where the action was.
 */
export function OrderActions({ order, onDone }: { order: Order; onDone: Done }) {
  const actions = availableActions(order);
  const status = currentStatus(order);
  if (!actions.confirmPayment && !actions.ship && !actions.cancel) {
    return isFinalOrderStatus(status) ? null : (
      <Card title="Actions" titleId="order-actions-title">
        <p className="muted">The order is being processed; it moves on by itself in a moment.</p>
      </Card>
    );
  }
  return (
    <Card title="Actions" titleId="order-actions-title" className="store-actions">
      {status === 'AWAITING_PAYMENT' && order.paymentMethod === 'STRIPE' && (
        <p className="muted">
          Waiting for the customer to pay with Stripe; Stripe confirms the payment.
        </p>
      )}
      {actions.confirmPayment && <ConfirmPaymentForm order={order} onDone={onDone} />}
      {actions.ship && <ShipForm order={order} onDone={onDone} />}
      {actions.cancel && <CancelOrder order={order} onDone={onDone} />}
    </Card>
  );
}
