import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { errorMessage } from '../../api';
import { BackLink } from '../../components/BackLink';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import { Alert, Card, PageHeader } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { UpdatedAgo } from '../runs/UpdatedAgo';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useOrder, type Order } from './api';
import { focusHeading } from './focus';
import { formatMoney } from './money';
import { OrderActions } from './OrderActions';
import { paymentMethodLabel, shortOrderId } from './OrdersPage';
import {
  cancelReasonLabel,
  currentStatus,
  isFinalOrderStatus,
  orderStatusLabel,
} from './orderStatus';
import { OrderStatusBadge } from './OrderStatusBadge';
import { storePath } from './paths';

function OrderLines({ order }: { order: Order }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  return (
    <Card title="Items" titleId="order-items-title">
      <div className="table-wrap">
        <table className="table" aria-labelledby="order-items-title">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Quantity</th>
              <th scope="col">Unit price</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.productId}>
                <td data-label="Product">
                  <span className="cell-strong">{line.name}</span>
                  <span className="cell-sub">
                    {line.sku} · {line.digital ? 'digital' : 'physical'}
                  </span>
                </td>
                <td data-label="Quantity">{line.quantity}</td>
                <td data-label="Unit price">{money(line.unitPriceMinor)}</td>
                <td data-label="Total">{money(line.totalMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="store-order-total">
        Order total <strong>{money(order.totalMinor)}</strong>
      </p>
    </Card>
  );
}

function PaymentDetails({ order }: { order: Order }) {
  const stripe = order.paymentMethod === 'STRIPE';
  return (
    <Card title="Payment" titleId="order-payment-title">
      <dl className="details">
        <dt>Method</dt>
        <dd>{paymentMethodLabel(order.paymentMethod)}</dd>
        <dt>Paid</dt>
        <dd>{order.paidAt ? formatDateTime(order.paidAt) : 'Not yet'}</dd>
        {order.paymentReference && (
          <>
            <dt>Reference</dt>
            <dd className="store-break">{order.paymentReference}</dd>
          </>
        )}
        {stripe && (
          <>
            <dt>Stripe PaymentIntent</dt>
            <dd className="store-break">
              {order.stripePaymentIntentId ? <code>{order.stripePaymentIntentId}</code> : 'Not yet'}
            </dd>
            <dt>Failed attempts</dt>
            <dd>
              {order.paymentFailures ?? 0}
              {order.lastPaymentFailureAt && (
                <span className="muted"> · last {formatDateTime(order.lastPaymentFailureAt)}</span>
              )}
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}

function ShippingDetails({ order }: { order: Order }) {
  const tracking = order.tracking;
  if (!order.lines.some((line) => !line.digital)) return null;
  return (
    <Card title="Shipping" titleId="order-shipping-title">
      {tracking ? (
        <dl className="details">
          <dt>Carrier</dt>
          <dd>{tracking.carrier}</dd>
          <dt>Tracking number</dt>
          <dd className="store-break">{tracking.number}</dd>
          {tracking.url && (
            <>
              <dt>Tracking link</dt>
              <dd className="store-break">
                <a href={tracking.url} target="_blank" rel="noreferrer noopener">
                  {tracking.url}
                </a>
              </dd>
            </>
          )}
          <dt>Shipped</dt>
          <dd>{formatDateTime(order.shippedAt)}</dd>
        </dl>
      ) : (
        <p className="muted">Not shipped yet.</p>
      )}
    </Card>
  );
}

function OrderSummary({ order }: { order: Order }) {
  return (
    <Card title="Order" titleId="order-summary-title">
      <dl className="details">
        <dt>Customer</dt>
        <dd className="store-break">
          {order.customerName}
          <br />
          <a href={`mailto:${order.customerEmail}`}>{order.customerEmail}</a>
        </dd>
        <dt>Status</dt>
        <dd>
          <OrderStatusBadge status={order.status} />
        </dd>
        <dt>Live status</dt>
        <dd>
          {order.liveStatus ? (
            <OrderStatusBadge status={order.liveStatus} />
          ) : (
            <span className="muted">
              {isFinalOrderStatus(order.status) ? 'Ended' : 'Not available right now'}
            </span>
          )}
        </dd>
        <dt>Placed</dt>
        <dd>{formatDateTime(order.createdAt)}</dd>
        <dt>Order id</dt>
        <dd className="store-break">
          <code>{order.id}</code>
        </dd>
      </dl>
    </Card>
  );
}

export function OrderPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  const { orderId = '' } = useParams();
  const location = useLocation();
  const query = useOrder(workspaceId, orderId);
  const order = query.data;
  const [notice, setNotice] = useState(
    () => (location.state as { flash?: string } | null)?.flash ?? '',
  );
  useDocumentTitle(`Order ${shortOrderId(orderId)}`, workspace.name);
  const ordersLink = storePath(workspaceId, 'orders');
  const backLink = <BackLink to={ordersLink}>All orders</BackLink>;

  if (!order) {
    return (
      <>
        {backLink}
        <RecordUnavailable
          query={query}
          noun="order"
          goneBecause="It may belong to another workspace, or the link is mistyped."
        />
      </>
    );
  }

  const status = currentStatus(order);
  const final = isFinalOrderStatus(order.status);
  const cancelReason = cancelReasonLabel(order.cancelReason);

  return (
    <>
      {backLink}
      <PageHeader
        eyebrow={workspace.name}
        titleId="order-title"
        title={
          <>
            Order <span title={order.id}>#{shortOrderId(order.id)}</span>
          </>
        }
        description={
          <span className="store-status-line">
            <OrderStatusBadge status={status} />
            <span>{formatMoney(order.totalMinor, order.currency)}</span>
            <UpdatedAgo at={query.dataUpdatedAt} live={!final} />
          </span>
        }
      />
      <p className="sr-only" role="status" aria-live="polite">
        Order status: {orderStatusLabel(status)}
      </p>
      <Alert tone="success">{notice}</Alert>
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The page retries on its own.
        </Alert>
      )}
      {order.status === 'CANCELLED' && (
        <Alert tone="info" title="Cancelled">
          {cancelReason}
          {order.refundDue &&
            ` · ${formatMoney(order.totalMinor, order.currency)} is due back to the customer: refund it by the way they paid.`}
        </Alert>
      )}
      {order.paymentMethod === 'STRIPE' && (order.paymentFailures ?? 0) > 0 && !order.paidAt && (
        <Alert tone="warning" title="Card payment failed">
          Stripe reported {order.paymentFailures}{' '}
          {order.paymentFailures === 1 ? 'failed attempt' : 'failed attempts'}; the customer can try
          again until the order times out.
        </Alert>
      )}
      {permissions.canWrite && (
        <OrderActions
          order={order}
          onDone={(message) => {
            setNotice(message);
            focusHeading('order-title');
          }}
        />
      )}
      <OrderSummary order={order} />
      <OrderLines order={order} />
      <PaymentDetails order={order} />
      <ShippingDetails order={order} />
    </>
  );
}
