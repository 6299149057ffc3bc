import type { ReactNode } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { PageNotFound } from '../../components/PageNotFound';
import { SectionTabs } from '../../components/SectionTabs';
import { EditorsOnly } from '../workspaces/EditorsOnly';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { NewOrderPage } from './NewOrderPage';
import { OrderPage } from './OrderPage';
import { OrdersPage } from './OrdersPage';
import { ProductFormPage } from './ProductFormPage';
import { ProductsPage } from './ProductsPage';
import { StoreSettingsPage } from './StoreSettingsPage';
import './store.css';
import { storePath } from './paths';

/** The store of the workspace in the URL: products, orders and payment settings. */
export function StoreRoutes() {
  const { workspaceId } = useWorkspaceSection();
  const editors = (page: ReactNode) => (
    <EditorsOnly
      why="You can see this store's products and orders; ask an owner or admin to make you an editor to change them."
      action={
        <Link to={storePath(workspaceId, 'orders')} className="btn btn-primary">
          Go to the orders
        </Link>
      }
    >
      {page}
    </EditorsOnly>
  );
  return (
    <>
      <SectionTabs
        label="Store"
        tabs={[
          { to: storePath(workspaceId, 'products'), label: 'Products' },
          { to: storePath(workspaceId, 'orders'), label: 'Orders' },
          { to: storePath(workspaceId, 'settings'), label: 'Settings' },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="products" replace />} />
        <Route path="products" element={<ProductsPage />} />
        <Route path="products/new" element={editors(<ProductFormPage />)} />
        <Route path="products/:productId" element={editors(<ProductFormPage />)} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/new" element={editors(<NewOrderPage />)} />
        <Route path="orders/:orderId" element={<OrderPage />} />
        <Route path="settings" element={<StoreSettingsPage />} />
        <Route
          path="*"
          element={
            <PageNotFound to={storePath(workspaceId, 'products')} label="Go to the products" />
          }
        />
      </Routes>
    </>
  );
}
