import { useMemo, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Route, Routes } from 'react-router';
import { EmptyState, Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { NewOrderPage } from './NewOrderPage';
import { OrderPage } from './OrderPage';
import { OrdersPage } from './OrdersPage';
import { ProductFormPage } from './ProductFormPage';
import { ProductsPage } from './ProductsPage';
import { StoreSettingsPage } from './StoreSettingsPage';
import './store.css';
import {
  storePath,
  StoreWorkspaceContext,
  useStoreWorkspace,
  type StoreWorkspace,
} from './StoreWorkspace';

function StoreTabs({ workspaceId }: { workspaceId: string }) {
  const tabs = [
    ['products', 'Products'],
    ['orders', 'Orders'],
    ['settings', 'Settings'],
  ] as const;
  return (
    <nav className="store-tabs" aria-label="Store">
      <ul>
        {tabs.map(([part, label]) => (
          <li key={part}>
            <NavLink
              to={storePath(workspaceId, part)}
              className={({ isActive }) => (isActive ? 'store-tab active' : 'store-tab')}
            >
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function StorePageNotFound({ workspaceId }: { workspaceId: string }) {
  return (
    <EmptyState
      icon="?"
      title="Page not found"
      headingLevel={1}
      action={
        <Link to={storePath(workspaceId, 'products')} className="btn btn-primary">
          Go to the products
        </Link>
      }
    >
      The address may be mistyped.
    </EmptyState>
  );
}

/** A page that changes the store, opened by a viewer (from a shared link): say why it is not here. */
function EditorsOnly({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const { permissions } = useStoreWorkspace();
  if (permissions.canWrite) return children;
  return (
    <EmptyState
      icon="🔒"
      title="Only editors can do this"
      headingLevel={1}
      action={
        <Link to={storePath(workspaceId, 'orders')} className="btn btn-primary">
          Go to the orders
        </Link>
      }
    >
      You can see this store's products and orders; ask an owner or admin to make you an editor to
      change them.
    </EmptyState>
  );
}

/** The store of the workspace in the URL: products, orders and payment settings. */
export function StoreRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  const store = useMemo<StoreWorkspace | null>(
    () =>
      workspace
        ? {
            workspaceId,
            workspace,
            permissions,
            canManagePayments: workspace.role === 'OWNER' || workspace.role === 'ADMIN',
          }
        : null,
    [workspaceId, workspace, permissions],
  );

  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!store) return <WorkspaceUnavailable error={error} />;

  return (
    <StoreWorkspaceContext.Provider value={store}>
      <StoreTabs workspaceId={workspaceId} />
      <Routes>
        <Route index element={<Navigate to="products" replace />} />
        <Route path="products" element={<ProductsPage />} />
        <Route
          path="products/new"
          element={
            <EditorsOnly workspaceId={workspaceId}>
              <ProductFormPage />
            </EditorsOnly>
          }
        />
        <Route
          path="products/:productId"
          element={
            <EditorsOnly workspaceId={workspaceId}>
              <ProductFormPage />
            </EditorsOnly>
          }
        />
        <Route path="orders" element={<OrdersPage />} />
        <Route
          path="orders/new"
          element={
            <EditorsOnly workspaceId={workspaceId}>
              <NewOrderPage />
            </EditorsOnly>
          }
        />
        <Route path="orders/:orderId" element={<OrderPage />} />
        <Route path="settings" element={<StoreSettingsPage />} />
        <Route path="*" element={<StorePageNotFound workspaceId={workspaceId} />} />
      </Routes>
    </StoreWorkspaceContext.Provider>
  );
}
