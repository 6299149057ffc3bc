import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadFailed } from '../../components/LoadFailed';
import { Alert, Badge, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useDeleteProduct, useProducts, type Product } from './api';
import { focusHeading } from './focus';
import { formatMoney } from './money';
import { storePath } from './paths';

export function ProductTypeBadge({ digital }: { digital: boolean }) {
  return digital ? <Badge tone="accent">Digital</Badge> : <Badge tone="neutral">Physical</Badge>;
}

function ProductRowActions({
  product,
  onDeleted,
}: {
  product: Product;
  onDeleted: (message: string) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  const remove = useDeleteProduct(workspaceId);
  return (
    <>
      <span className="confirm-group">
        <Link
          className="btn btn-ghost btn-sm"
          to={storePath(workspaceId, 'products', product.id)}
          aria-label={`Edit ${product.name}`}
        >
          Edit
        </Link>
        <ConfirmButton
          confirmLabel={`Delete ${product.name}`}
          description={`Delete ${product.name}`}
          busy={remove.isPending}
          onConfirm={() =>
            // Awaited rather than a mutate callback: the row is gone once the list is read again.
            remove
              .mutateAsync(product.id)
              .then(() => onDeleted(`${product.name} was deleted.`))
              .catch(() => {
                // remove.error shows the reason in the row.
              })
          }
        >
          Delete
        </ConfirmButton>
      </span>
      {remove.error && (
        <p className="cell-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
    </>
  );
}

function ProductsTable({
  products,
  canWrite,
  onDeleted,
}: {
  products: Product[];
  canWrite: boolean;
  onDeleted: (message: string) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="products-title">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">SKU</th>
            <th scope="col">Price</th>
            <th scope="col">Stock</th>
            <th scope="col">Type</th>
            {canWrite && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id}>
              <td data-label="Name">
                {canWrite ? (
                  <Link className="cell-strong" to={storePath(workspaceId, 'products', product.id)}>
                    {product.name}
                  </Link>
                ) : (
                  <span className="cell-strong">{product.name}</span>
                )}
                {product.description && <span className="cell-sub">{product.description}</span>}
              </td>
              <td data-label="SKU">
                <code>{product.sku}</code>
              </td>
              <td data-label="Price">{formatMoney(product.priceMinor, product.currency)}</td>
              <td data-label="Stock">
                <span>{product.stock}</span>
                {product.stock === 0 && <span className="cell-sub">out of stock</span>}
              </td>
              <td data-label="Type">
                <ProductTypeBadge digital={product.digital} />
              </td>
              {canWrite && (
                <td data-label="Actions" className="cell-actions">
                  <ProductRowActions product={product} onDeleted={onDeleted} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProductsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Products', workspace.name);
  const location = useLocation();
  const [notice, setNotice] = useState(
    () => (location.state as { flash?: string } | null)?.flash ?? '',
  );
  const query = useProducts(workspaceId);
  const products = query.data ?? [];
  const newProductLink = storePath(workspaceId, 'products', 'new');

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Products"
        description="What your store sells: price, stock and how each product reaches the customer."
        actions={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={newProductLink}>
              New product
            </Link>
          ) : undefined
        }
      />
      <Alert tone="success">{notice}</Alert>
      <Card
        title="Products"
        titleId="products-title"
        description={
          query.data
            ? `${products.length} ${products.length === 1 ? 'product' : 'products'}`
            : undefined
        }
      >
        {query.isPending ? (
          <SkeletonRows label="Loading products…" />
        ) : query.isError ? (
          <LoadFailed what="the products" error={query.error} onRetry={query.refetch} />
        ) : products.length === 0 ? (
          <EmptyState
            icon="▣"
            title="No products yet"
            action={
              permissions.canWrite ? (
                <Link className="btn btn-primary" to={newProductLink}>
                  Add your first product
                </Link>
              ) : undefined
            }
          >
            Add what you sell with its price and how many you have in stock; a digital product
            carries the link or text the customer receives once paid. Then take orders for it from
            the Orders tab, or through the API with <code>POST /api/ecommerce/orders</code>.
          </EmptyState>
        ) : (
          <ProductsTable
            products={products}
            canWrite={permissions.canWrite}
            onDeleted={(message) => {
              setNotice(message);
              focusHeading('products-title');
            }}
          />
        )}
      </Card>
    </>
  );
}
