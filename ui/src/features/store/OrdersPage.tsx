import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Pagination } from '../../components/Pagination';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
} from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { UpdatedAgo } from '../runs/UpdatedAgo';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { ORDERS_PAGE_SIZE, useOrdersList, type Order } from './api';
import { formatMoney } from './money';
import {
  NO_ORDER_FILTERS,
  orderFiltersFromSearch,
  ordersApiQuery,
  searchFromOrderFilters,
  type OrderFilters,
} from './orderFilters';
import { isFinalOrderStatus, orderStatusLabel, orderStatusOptions } from './orderStatus';
import { OrderStatusBadge } from './OrderStatusBadge';
import { storePath } from './paths';

/** Order ids are long hex strings; their end tells two orders apart. */
export function shortOrderId(id: string): string {
  return id.length > 8 ? id.slice(-8) : id;
}

export function paymentMethodLabel(method: string): string {
  if (method === 'MANUAL') return 'Manual';
  if (method === 'STRIPE') return 'Stripe';
  return method;
}

function OrdersTable({ orders }: { orders: Order[] }) {
  const { workspaceId } = useWorkspaceSection();
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="orders-title">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Status</th>
            <th scope="col">Customer</th>
            <th scope="col">Total</th>
            <th scope="col">Payment</th>
            <th scope="col">Placed</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <td data-label="Order">
                <Link
                  className="cell-strong"
                  to={storePath(workspaceId, 'orders', order.id)}
                  aria-label={`Order ${order.id}`}
                  title={order.id}
                >
                  #{shortOrderId(order.id)}
                </Link>
              </td>
              <td data-label="Status">
                <OrderStatusBadge status={order.status} />
              </td>
              <td data-label="Customer">
                <span>{order.customerName}</span>
                <span className="cell-sub store-break">{order.customerEmail}</span>
              </td>
              <td data-label="Total">{formatMoney(order.totalMinor, order.currency)}</td>
              <td data-label="Payment">{paymentMethodLabel(order.paymentMethod)}</td>
              <td data-label="Placed">
                <time
                  dateTime={isoOrUndefined(order.createdAt)}
                  title={formatDateTime(order.createdAt)}
                >
                  {formatRelative(order.createdAt)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OrdersListBody({
  query,
  filters,
  onFilters,
}: {
  query: ReturnType<typeof useOrdersList>;
  filters: OrderFilters;
  onFilters: (next: OrderFilters) => void;
}) {
  const { workspaceId, permissions } = useWorkspaceSection();
  if (query.isPending) return <SkeletonRows rows={5} label="Loading orders…" />;
  if (!query.data) {
    return <LoadFailed what="the orders" error={query.error} onRetry={query.refetch} />;
  }
  const orders = query.data.items;
  if (orders.length === 0 && filters.page > 0) {
    return (
      <p className="muted">
        There are no orders on this page.{' '}
        <Button variant="ghost" size="sm" onClick={() => onFilters({ ...filters, page: 0 })}>
          Go to the newest orders
        </Button>
      </p>
    );
  }
  if (orders.length === 0 && filters.status) {
    return (
      <EmptyState
        icon="⌕"
        title={`No orders are ${orderStatusLabel(filters.status).toLowerCase()}`}
        action={
          <Button variant="secondary" onClick={() => onFilters(NO_ORDER_FILTERS)}>
            Show all orders
          </Button>
        }
      >
        Choose another status, or show every order.
      </EmptyState>
    );
  }
  if (orders.length === 0) {
    return (
      <EmptyState
        icon="▤"
        title="No orders yet"
        action={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={storePath(workspaceId, 'orders', 'new')}>
              Place an order
            </Link>
          ) : undefined
        }
      >
        Orders appear here the moment they are placed, and their status updates live. Place one for
        a customer who ordered by mail or phone, or let your shop send them through the API with{' '}
        <code>POST /api/ecommerce/orders</code>. You need a product first.
      </EmptyState>
    );
  }
  return (
    <>
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The list retries on its own.
        </Alert>
      )}
      <OrdersTable orders={orders} />
      <Pagination
        pageSize={ORDERS_PAGE_SIZE}
        label="Pages of orders"
        page={filters.page}
        total={Math.max(query.data.total, orders.length)}
        onPage={(page) => onFilters({ ...filters, page })}
      />
    </>
  );
}

export function OrdersPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Orders', workspace.name);
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => orderFiltersFromSearch(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: OrderFilters) => setSearchParams(searchFromOrderFilters(next)),
    [setSearchParams],
  );
  const query = useOrdersList(workspaceId, ordersApiQuery(filters));
  const orders = query.data?.items ?? [];
  const total = query.data ? Math.max(query.data.total, orders.length) : 0;
  const live = orders.some((order) => !isFinalOrderStatus(order.status));

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Orders"
        description="Every order of the store, newest first, updated live."
        actions={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={storePath(workspaceId, 'orders', 'new')}>
              New order
            </Link>
          ) : undefined
        }
      />
      <Card
        title="Orders"
        titleId="orders-title"
        description={
          query.data ? (
            <>
              {total} {total === 1 ? 'order' : 'orders'} ·{' '}
              <UpdatedAgo at={query.dataUpdatedAt} live={live} />
            </>
          ) : undefined
        }
      >
        <form
          className="store-filters"
          role="search"
          aria-label="Filter orders"
          onSubmit={(event) => event.preventDefault()}
        >
          <SelectField
            label="Status"
            name="status"
            value={filters.status}
            options={orderStatusOptions}
            onChange={(event) => setFilters({ status: event.target.value, page: 0 })}
          />
        </form>
        <OrdersListBody query={query} filters={filters} onFilters={setFilters} />
      </Card>
    </>
  );
}
