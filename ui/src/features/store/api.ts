import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';
import { refreshTagged, type Tagged } from '../runs/api';
import { isFinalOrderStatus } from './orderStatus';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const productSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: optionalText,
  /** https picture of the product (link-in-bio cards show it); '' when there is none. */
  imageUrl: optionalText,
  priceMinor: z.number().int(),
  currency: z.string(),
  sku: z.string(),
  stock: z.number().int(),
  digital: z.boolean(),
  deliveryContent: optionalText,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Product = z.infer<typeof productSchema>;

/** What the product form sends: `POST` to create, `PUT` to replace. */
export interface ProductInput {
  name: string;
  description: string;
  imageUrl: string;
  priceMinor: number;
  currency: string;
  sku: string;
  stock: number;
  digital: boolean;
  deliveryContent: string | null;
}

export const orderLineSchema = z.object({
  productId: idSchema,
  name: z.string(),
  sku: optionalText,
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
  totalMinor: z.number().int(),
  digital: z.boolean(),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

export const trackingSchema = z.object({
  carrier: z.string(),
  number: z.string(),
  url: z.string().nullish(),
});
export type Tracking = z.infer<typeof trackingSchema>;

export const PAYMENT_METHODS = ['MANUAL', 'STRIPE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const orderSchema = z.object({
  id: idSchema,
  customerEmail: z.string(),
  customerName: z.string(),
  lines: z.array(orderLineSchema),
  currency: z.string(),
  totalMinor: z.number().int(),
  /** MANUAL or STRIPE; kept open so a new method cannot break the page. */
  paymentMethod: z.string(),
  status: z.string(),
  /** What the order's workflow says right now; null once it ended (or could not be asked). */
  liveStatus: z.string().nullish(),
  cancelReason: z.string().nullish(),
  paymentReference: z.string().nullish(),
  paidAt: instantSchema,
  tracking: trackingSchema.nullish(),
  shippedAt: instantSchema,
  refundDue: z.boolean().nullish(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  stripePaymentIntentId: z.string().nullish(),
  paymentFailures: z.number().int().nullish(),
  lastPaymentFailureAt: instantSchema,
});
export type Order = z.infer<typeof orderSchema>;

const orderPageSchema = pageSchema(orderSchema);
export type OrdersListData = Tagged<z.infer<typeof orderPageSchema>>;

export interface NewOrder {
  customerEmail: string;
  customerName: string;
  lines: Array<{ productId: string; quantity: number }>;
  paymentMethod: PaymentMethod;
}

const keySchema = z.object({ set: z.boolean(), last4: z.string().nullish() });
export const stripeSettingsSchema = z.object({
  configured: z.boolean(),
  secretKey: keySchema,
  publishableKey: keySchema,
  webhookSecret: keySchema,
  updatedAt: instantSchema,
});
export type StripeSettings = z.infer<typeof stripeSettingsSchema>;

export interface StripeKeysInput {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
}

/**
 * Orders take payment by Stripe only with both the secret key (to create the PaymentIntent) and
 * the webhook signing secret (to hear that it was paid), as the server checks.
 */
export function stripeReady(settings: StripeSettings | undefined): boolean {
  return Boolean(settings?.secretKey.set && settings.webhookSecret.set);
}

/** Unfinished orders are re-read often; a page of ended orders only now and then, for new ones. */
export const ORDERS_POLL_MS = 3000;
export const PRODUCTS_POLL_MS = 10_000;
export const ORDERS_IDLE_POLL_MS = 10_000;
export const ORDER_POLL_MS = 2000;
export const ORDERS_PAGE_SIZE = 20;

export const storeKeys = {
  all: (workspaceId: string) => ['store', workspaceId] as const,
  products: (workspaceId: string) => [...storeKeys.all(workspaceId), 'products'] as const,
  product: (workspaceId: string, productId: string) =>
    [...storeKeys.products(workspaceId), productId] as const,
  orders: (workspaceId: string) => [...storeKeys.all(workspaceId), 'orders'] as const,
  orderList: (workspaceId: string, query: string) =>
    [...storeKeys.orders(workspaceId), 'list', query] as const,
  order: (workspaceId: string, orderId: string) =>
    [...storeKeys.orders(workspaceId), 'detail', orderId] as const,
  stripe: (workspaceId: string) => [...storeKeys.all(workspaceId), 'stripe'] as const,
};

const PRODUCTS = '/api/ecommerce/products';
const ORDERS = '/api/ecommerce/orders';
const STRIPE = '/api/ecommerce/settings/stripe';
const productPath = (productId: string) => `${PRODUCTS}/${segment(productId)}`;
const orderPath = (orderId: string) => `${ORDERS}/${segment(orderId)}`;

export const storeApi = {
  products: (workspaceId: string, signal?: AbortSignal) =>
    api.get(PRODUCTS, { schema: z.array(productSchema), workspaceId, signal }),
  product: (workspaceId: string, productId: string, signal?: AbortSignal) =>
    api.get(productPath(productId), { schema: productSchema, workspaceId, signal }),
  createProduct: (workspaceId: string, input: ProductInput) =>
    api.post(PRODUCTS, input, { schema: productSchema, workspaceId }),
  updateProduct: (workspaceId: string, productId: string, input: ProductInput) =>
    api.put(productPath(productId), input, { schema: productSchema, workspaceId }),
  deleteProduct: (workspaceId: string, productId: string) =>
    api.delete(productPath(productId), { workspaceId }),

  orders: (workspaceId: string, query: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(`${ORDERS}?${query}`, etag, { schema: orderPageSchema, workspaceId, signal }),
  order: (workspaceId: string, orderId: string, etag: string | null, signal?: AbortSignal) =>
    api.getIfChanged(orderPath(orderId), etag, { schema: orderSchema, workspaceId, signal }),
  createOrder: (workspaceId: string, order: NewOrder) =>
    api.post(ORDERS, order, { schema: orderSchema, workspaceId }),
  confirmPayment: (workspaceId: string, orderId: string, reference: string) =>
    api.post(
      `${orderPath(orderId)}/confirm-payment`,
      { reference },
      { schema: orderSchema, workspaceId },
    ),
  ship: (workspaceId: string, orderId: string, tracking: Tracking) =>
    api.post(`${orderPath(orderId)}/ship`, tracking, { schema: orderSchema, workspaceId }),
  cancel: (workspaceId: string, orderId: string) =>
    api.post(`${orderPath(orderId)}/cancel`, undefined, { schema: orderSchema, workspaceId }),

  stripeSettings: (workspaceId: string, signal?: AbortSignal) =>
    api.get(STRIPE, { schema: stripeSettingsSchema, workspaceId, signal }),
  saveStripeKeys: (workspaceId: string, keys: StripeKeysInput) =>
    api.put(STRIPE, keys, { schema: stripeSettingsSchema, workspaceId }),
  removeStripeKeys: (workspaceId: string) =>
    api.delete(STRIPE, { schema: stripeSettingsSchema, workspaceId }),
};

/**
 * The products, with their stock. Orders move the stock in their workflows, moments after they
 * are placed, and may come from the API too: the list is read afresh whenever it is opened and
 * now and then while it is shown.
 */
export function useProducts(workspaceId: string) {
  return useQuery({
    queryKey: storeKeys.products(workspaceId),
    queryFn: ({ signal }) => storeApi.products(workspaceId, signal),
    enabled: Boolean(workspaceId),
    staleTime: 0,
    refetchInterval: PRODUCTS_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

export function useProduct(workspaceId: string, productId: string) {
  return useQuery({
    queryKey: storeKeys.product(workspaceId, productId),
    queryFn: ({ signal }) => storeApi.product(workspaceId, productId, signal),
    enabled: Boolean(workspaceId && productId),
  });
}

/** Creates (no id) or replaces a product; the products list is read again afterwards. */
export function useSaveProduct(workspaceId: string, productId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductInput) =>
      productId
        ? storeApi.updateProduct(workspaceId, productId, input)
        : storeApi.createProduct(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: storeKeys.products(workspaceId) }),
  });
}

export function useDeleteProduct(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (productId: string) => storeApi.deleteProduct(workspaceId, productId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: storeKeys.products(workspaceId) }),
  });
}

/**
 * A page of orders, polled while the tab is visible: every few seconds while an order on the page
 * is unfinished, else slowly, to notice new orders. Each poll is a conditional GET, so a server
 * that tags its answers spares the page a download when nothing changed.
 */
export function useOrdersList(workspaceId: string, query: string) {
  const queryClient = useQueryClient();
  const queryKey = storeKeys.orderList(workspaceId, query);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<OrdersListData>(queryKey), (etag) =>
        storeApi.orders(workspaceId, query, etag, signal),
      ),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.items.some((order) => !isFinalOrderStatus(order.status))
        ? ORDERS_POLL_MS
        : ORDERS_IDLE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** One order with its workflow's live status, re-read until the order has ended. */
export function useOrder(workspaceId: string, orderId: string) {
  const queryClient = useQueryClient();
  const queryKey = storeKeys.order(workspaceId, orderId);
  return useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      refreshTagged(queryClient.getQueryData<Tagged<Order>>(queryKey), (etag) =>
        storeApi.order(workspaceId, orderId, etag, signal),
      ),
    enabled: Boolean(workspaceId && orderId),
    refetchInterval: (q) =>
      q.state.data && isFinalOrderStatus(q.state.data.status) ? false : ORDER_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/**
 * Places an order or acts on one (confirm payment, ship, cancel). Stock moves with orders, so the
 * products are read again as well as the orders.
 */
export function useOrderMutation<TVariables>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<Order>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (order) =>
      queryClient.setQueryData<Tagged<Order>>(storeKeys.order(workspaceId, order.id), {
        ...order,
        etag: null,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: storeKeys.orders(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: storeKeys.products(workspaceId) }),
      ]),
  });
}

export function useStripeSettings(workspaceId: string) {
  return useQuery({
    queryKey: storeKeys.stripe(workspaceId),
    queryFn: ({ signal }) => storeApi.stripeSettings(workspaceId, signal),
    enabled: Boolean(workspaceId),
  });
}

export function useStripeKeysMutation<TVariables>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<StripeSettings>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (settings) => queryClient.setQueryData(storeKeys.stripe(workspaceId), settings),
  });
}
