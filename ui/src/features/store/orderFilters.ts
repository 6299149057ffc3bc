import { ORDERS_PAGE_SIZE } from './api';
import { ORDER_STATUSES } from './orderStatus';

/**
 * What the orders list shows, kept in the URL so a link shares the view:
 * `?status=AWAITING_SHIPMENT&page=2`. `page` is 0-based here and 1-based in the URL.
 */
export interface OrderFilters {
  status: string;
  page: number;
}

export const NO_ORDER_FILTERS: OrderFilters = { status: '', page: 0 };

/** Reads the filters from a URL query; a status the API does not know is dropped. */
export function orderFiltersFromSearch(search: URLSearchParams): OrderFilters {
  const status = (search.get('status') ?? '').trim().toUpperCase();
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return {
    status: (ORDER_STATUSES as readonly string[]).includes(status) ? status : '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

/** The URL query of a view: only what is set, so the plain list is a plain link. */
export function searchFromOrderFilters(filters: OrderFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.page > 0) search.set('page', String(filters.page + 1));
  return search;
}

/** The query of `GET /api/ecommerce/orders` for a view. */
export function ordersApiQuery(filters: OrderFilters, size = ORDERS_PAGE_SIZE): string {
  const search = new URLSearchParams({ page: String(filters.page), size: String(size) });
  if (filters.status) search.set('status', filters.status);
  return search.toString();
}
