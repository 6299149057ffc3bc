import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api';
import { BackLink } from '../../components/BackLink';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
  TextField,
} from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import {
  storeApi,
  stripeReady,
  useOrderMutation,
  useProducts,
  useStripeSettings,
  type NewOrder,
  type Product,
} from './api';
import { formatMoney } from './money';
import { lineField, newOrderSchema, productOptionLabel } from './orderForm';
import { storePath } from './paths';

interface LineDraft {
  key: number;
  productId: string;
  quantity: string;
}

/** The sum the server will compute from the same products, shown while the lines are chosen. */
function estimatedTotal(lines: LineDraft[], products: Product[]): string | null {
  const chosen = lines.flatMap((line) => {
    const product = products.find((p) => p.id === line.productId);
    const quantity = Number(line.quantity);
    return product && Number.isInteger(quantity) && quantity > 0 ? [{ product, quantity }] : [];
  });
  if (chosen.length === 0) return null;
  const currency = chosen[0]!.product.currency;
  if (chosen.some(({ product }) => product.currency !== currency)) return null;
  const minor = chosen.reduce(
    (sum, { product, quantity }) => sum + product.priceMinor * quantity,
    0,
  );
  return formatMoney(minor, currency);
}

function PaymentMethodField({
  error,
  canManagePayments,
}: {
  error?: string;
  canManagePayments: boolean;
}) {
  const { workspaceId } = useWorkspaceSection();
  const stripe = useStripeSettings(workspaceId);
  const ready = stripeReady(stripe.data);
  const legendId = useId();
  const reasonId = useId();
  const errorId = useId();
  const reason = stripe.isPending
    ? 'Checking whether Stripe is set up…'
    : stripe.isError
      ? `Cannot tell whether Stripe is set up: ${errorMessage(stripe.error)}`
      : ready
        ? null
        : 'Stripe is not set up for this workspace: it needs the secret key and the webhook signing secret.';
  return (
    <fieldset
      className="field store-fieldset"
      aria-labelledby={legendId}
      aria-describedby={error ? errorId : undefined}
    >
      <legend id={legendId} className="field-label">
        Payment method
      </legend>
      <label className="checkbox-label">
        <input
          type="radio"
          name="paymentMethod"
          value="MANUAL"
          defaultChecked
          aria-invalid={error ? true : undefined}
        />
        Manual — bank transfer, cash…; you confirm the payment
      </label>
      <label className="checkbox-label">
        <input
          type="radio"
          name="paymentMethod"
          value="STRIPE"
          disabled={!ready}
          aria-describedby={reason ? reasonId : undefined}
          aria-invalid={error ? true : undefined}
        />
        Card payment with Stripe; Stripe confirms it
      </label>
      {reason && (
        <p className="field-hint" id={reasonId}>
          {reason}{' '}
          {!stripe.isPending && (
            <Link to={storePath(workspaceId, 'settings')}>
              {canManagePayments ? 'Set up Stripe in the store settings' : 'See the store settings'}
            </Link>
          )}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function OrderLinesField({
  products,
  lines,
  setLines,
  fieldErrors,
}: {
  products: Product[];
  lines: LineDraft[];
  setLines: (update: (lines: LineDraft[]) => LineDraft[]) => void;
  fieldErrors: Record<string, string>;
}) {
  const nextKey = useRef(lines.length);
  const addButton = useRef<HTMLButtonElement>(null);
  const options = [
    { value: '', label: 'Choose a product' },
    ...products.map((product) => ({ value: product.id, label: productOptionLabel(product) })),
  ];
  const change = (key: number, patch: Partial<LineDraft>) =>
    setLines((all) => all.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  const total = estimatedTotal(lines, products);
  return (
    <fieldset className="field store-fieldset">
      <legend className="field-label">Items</legend>
      <ol className="store-lines">
        {lines.map((line, index) => (
          <li key={line.key} className="store-line">
            <SelectField
              label={`Product ${index + 1}`}
              name={lineField(index, 'productId')}
              value={line.productId}
              options={options}
              error={fieldErrors[lineField(index, 'productId')]}
              onChange={(event) => change(line.key, { productId: event.target.value })}
            />
            <TextField
              label={`Quantity ${index + 1}`}
              name={lineField(index, 'quantity')}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={line.quantity}
              error={fieldErrors[lineField(index, 'quantity')]}
              onChange={(event) => change(line.key, { quantity: event.target.value })}
            />
            {lines.length > 1 && (
              <Button
                variant="ghost"
                size="sm"
                className="store-line-remove"
                aria-label={`Remove item ${index + 1}`}
                onClick={() => {
                  setLines((all) => all.filter((other) => other.key !== line.key));
                  addButton.current?.focus();
                }}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
      </ol>
      <div className="store-lines-footer">
        <Button
          ref={addButton}
          variant="secondary"
          size="sm"
          onClick={() =>
            setLines((all) => [...all, { key: nextKey.current++, productId: '', quantity: '1' }])
          }
        >
          Add another product
        </Button>
        {total && (
          <p className="muted" aria-live="polite">
            Total {total}
          </p>
        )}
      </div>
    </fieldset>
  );
}

function NewOrderForm({ products }: { products: Product[] }) {
  const { workspaceId, permissions } = useWorkspaceSection();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [lines, setLines] = useState<LineDraft[]>([
    { key: 0, productId: products.length === 1 ? products[0]!.id : '', quantity: '1' },
  ]);
  const place = useOrderMutation(workspaceId, (order: NewOrder) =>
    storeApi.createOrder(workspaceId, order),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(newOrderSchema(lines.length), formValues(event.currentTarget));
    if (!input) return;
    try {
      const order = await place.mutateAsync(input);
      navigate(storePath(workspaceId, 'orders', order.id), {
        state: { flash: `Order placed for ${order.customerName}.` },
      });
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack store-form">
      <Alert>{form.formError}</Alert>
      <div className="store-form-row">
        <TextField
          label="Customer email"
          name="customerEmail"
          type="email"
          autoComplete="off"
          error={form.fieldErrors.customerEmail}
          required
        />
        <TextField
          label="Customer name"
          name="customerName"
          autoComplete="off"
          error={form.fieldErrors.customerName}
          maxLength={200}
          required
        />
      </div>
      <OrderLinesField
        products={products}
        lines={lines}
        setLines={setLines}
        fieldErrors={form.fieldErrors}
      />
      {form.fieldErrors.lines && <p className="field-error">{form.fieldErrors.lines}</p>}
      <PaymentMethodField
        error={form.fieldErrors.paymentMethod}
        canManagePayments={permissions.canManageIntegrations}
      />
      <p className="muted small">
        Prices and the total come from the products when the order is placed. The stock is reserved
        at once; the customer gets a confirmation mail once the order is paid.
      </p>
      <div className="store-form-actions">
        <Link className="btn btn-ghost" to={storePath(workspaceId, 'orders')}>
          Cancel
        </Link>
        <Button type="submit" busy={place.isPending}>
          Place order
        </Button>
      </div>
    </form>
  );
}

export function NewOrderPage() {
  const { workspaceId, workspace } = useWorkspaceSection();
  useDocumentTitle('New order', workspace.name);
  const products = useProducts(workspaceId);
  return (
    <>
      <BackLink to={storePath(workspaceId, 'orders')}>All orders</BackLink>
      <PageHeader
        eyebrow={workspace.name}
        title="New order"
        description="For a customer who ordered by mail, phone or in person."
      />
      <Card>
        {products.isPending ? (
          <SkeletonRows label="Loading products…" />
        ) : products.isError ? (
          <Alert>Could not load the products: {errorMessage(products.error)}</Alert>
        ) : products.data.length === 0 ? (
          <EmptyState
            icon="▣"
            title="Add a product first"
            action={
              <Link className="btn btn-primary" to={storePath(workspaceId, 'products', 'new')}>
                New product
              </Link>
            }
          >
            An order is made of products from your catalogue.
          </EmptyState>
        ) : (
          <NewOrderForm products={products.data} />
        )}
      </Card>
    </>
  );
}
