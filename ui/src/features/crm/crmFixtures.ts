import { envelope, type FakeRequest } from '../../test/utils';
import { storePlatform } from '../store/storeFixtures';

/** Fixtures of the contacts pages' tests: workspace w1 (see the store's) and CRM answers. */
export { signIn } from '../store/storeFixtures';

const at = '2025-01-01T00:00:00Z';

export function contact(overrides: Record<string, unknown> = {}) {
  return {
    id: 'c1',
    email: 'ana@example.com',
    firstName: 'Ana',
    lastName: 'Lima',
    phone: null,
    tags: ['customer'],
    fields: { plan: 'pro', seats: 3, paying: true },
    consent: 'subscribed',
    consentHistory: [{ status: 'subscribed', at, source: 'api', note: null }],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function contactImport(overrides: Record<string, unknown> = {}) {
  return {
    id: 'i1',
    fileName: 'people.csv',
    status: 'RUNNING',
    columns: ['email', 'first name', 'plan'],
    totalRows: 4000,
    rowsDone: 1000,
    created: 900,
    updated: 80,
    rejected: 20,
    percentDone: 25,
    createdAt: at,
    finishedAt: null,
    ...overrides,
  };
}

export function segment(overrides: Record<string, unknown> = {}) {
  return {
    id: 's1',
    name: 'Big buyers',
    filter: { tagsAll: ['customer'], consent: ['subscribed'] },
    contactCount: 12,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The session, workspace w1 with the given role, and empty CRM lists; the rest to the test. */
export function crmPlatform(role = 'EDITOR') {
  const platform = storePlatform(role);
  return (request: FakeRequest): Response | undefined => {
    const path = request.path.split('?')[0];
    if (request.method === 'GET' && path === '/api/crm/segments') return envelope([]);
    if (request.method === 'GET' && path === '/api/crm/imports') return envelope([]);
    if (request.method === 'GET' && path === '/api/crm/contacts') {
      return envelope({ items: [], page: 0, size: 25, total: 0 });
    }
    return platform(request);
  };
}
