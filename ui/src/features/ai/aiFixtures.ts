import { envelope, type FakeRequest } from '../../test/utils';
import { storePlatform } from '../store/storeFixtures';

const at = '2026-11-01T00:00:00Z';

export const notConfigured = {
  configured: false,
  provider: null,
  model: null,
  baseUrl: null,
  apiKey: { set: false, last4: null },
  brandVoice: null,
  monthlyBudgetCents: null,
  updatedAt: null,
};

export const configured = {
  configured: true,
  provider: 'OPENAI',
  model: 'gpt-4o-mini',
  baseUrl: null,
  apiKey: { set: true, last4: '7Q9z' },
  brandVoice: 'Warm and short',
  monthlyBudgetCents: 2000,
  updatedAt: at,
};

export const usage = {
  month: '2026-11',
  costMicros: 1_250_000,
  budgetCents: 2000,
  budgetSpent: false,
  models: [
    { model: 'gpt-4o-mini', requests: 3, tokensIn: 1200, tokensOut: 400, costMicros: 1_250_000 },
  ],
  prices: [],
};

export function content(overrides: Record<string, unknown> = {}) {
  return {
    id: 'c1',
    kind: 'EMAIL',
    brief: 'Announce the spring mugs',
    sourceMaterial: null,
    target: { type: 'CAMPAIGN_DRAFT', targetId: null, moduleId: null },
    requireApproval: true,
    maxRegenerations: 3,
    status: 'AWAITING_APPROVAL',
    round: 0,
    draft: { subject: 'Spring mugs are here', body: 'Hello! Our spring mugs are in.' },
    feedback: [],
    failure: null,
    publishedRef: null,
    model: 'gpt-4o-mini',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** Session, workspace w1 with the role, and the AI endpoints' answers; the rest to the test. */
export function aiPlatform(
  role: string,
  settings: unknown,
  extra?: (request: FakeRequest) => Response | undefined,
) {
  const platform = storePlatform(role);
  return (request: FakeRequest): Response | undefined => {
    const path = request.path.split('?')[0];
    return (
      extra?.(request) ??
      (path === '/api/ai/settings' && request.method === 'GET'
        ? envelope(settings)
        : path === '/api/ai/usage'
          ? envelope(usage)
          : path === '/api/ai/content' && request.method === 'GET'
            ? envelope({ items: [], page: 0, size: 20, total: 0 })
            : platform(request))
    );
  };
}
