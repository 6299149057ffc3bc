import { envelope, type FakeRequest } from '../../test/utils';

/** Fixtures of the store pages' tests: a member of workspace w1 and the answers they get. */
const user = { id: 'u1', email: 'sam@example.com', name: 'Sam Seller', emailVerified: true };

const at = '2025-01-01T00:00:00Z';

export function product(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    name: 'Blue mug',
    description: 'Stoneware, 300 ml',
    imageUrl: null,
    priceMinor: 1999,
    currency: 'EUR',
    sku: 'MUG-BLUE',
    stock: 3,
    digital: false,
    deliveryContent: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function order(overrides: Record<string, unknown> = {}) {
  return {
    id: 'o1',
    customerEmail: 'ana@example.com',
    customerName: 'Ana Buyer',
    lines: [
      {
        productId: 'p1',
        name: 'Blue mug',
        sku: 'MUG-BLUE',
        quantity: 2,
        unitPriceMinor: 1999,
        totalMinor: 3998,
        digital: false,
      },
    ],
    currency: 'EUR',
    totalMinor: 3998,
    paymentMethod: 'MANUAL',
    status: 'AWAITING_PAYMENT',
    liveStatus: 'AWAITING_PAYMENT',
    cancelReason: null,
    paymentReference: null,
    paidAt: null,
    tracking: null,
    shippedAt: null,
    refundDue: false,
    createdAt: at,
    updatedAt: at,
    stripePaymentIntentId: null,
    stripeClientSecret: null,
    paymentFailures: 0,
    lastPaymentFailureAt: null,
    ...overrides,
  };
}

const noKey = { set: false, last4: null };
export const stripeNotConfigured = {
  configured: false,
  secretKey: noKey,
  publishableKey: noKey,
  webhookSecret: noKey,
  updatedAt: null,
};
export const stripeConfigured = {
  configured: true,
  secretKey: { set: true, last4: '4242' },
  publishableKey: { set: true, last4: '9999' },
  webhookSecret: { set: true, last4: 'abcd' },
  updatedAt: at,
};

/** Session and workspace w1 with the given role; other paths are left to the test. */
export function storePlatform(role = 'EDITOR') {
  const workspace = { id: 'w1', name: 'Acme', slug: 'acme', role, createdAt: at };
  return (request: FakeRequest): Response | undefined => {
    const path = request.path.split('?')[0];
    if (path === '/api/auth/verify') return envelope({ user });
    if (path === '/api/multi-workspace/workspaces') {
      return envelope({ items: [workspace], page: 0, size: 100, total: 1 });
    }
    if (path === '/api/multi-workspace/workspaces/w1') return envelope(workspace);
    return undefined;
  };
}

export function signIn() {
  window.localStorage.setItem('mewayz.accessToken', 'access-1');
  window.localStorage.setItem('mewayz.refreshToken', 'refresh-1');
}
