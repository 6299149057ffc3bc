import { envelope, mockBackend, type FakeRequest } from '../../test/utils';
import { storePlatform } from '../store/storeFixtures';

/** Fixtures of the social page's tests: accounts, posts and the queue of workspace w1. */
const at = '2030-01-01T00:00:00Z';

export function account(overrides: Record<string, unknown> = {}) {
  return {
    id: 'a-x',
    platform: 'X',
    displayName: 'Shop on X',
    handle: 'shop',
    authorUrn: null,
    state: 'CONNECTED',
    connected: true,
    tokenLast4: 'abcd',
    connectedAt: at,
    reconnectReason: null,
    createdAt: at,
    ...overrides,
  };
}

export const linkedInOffline = account({
  id: 'a-li',
  platform: 'LINKEDIN',
  displayName: 'Ana on LinkedIn',
  handle: null,
  authorUrn: 'urn:li:person:1',
  state: 'NOT_CONNECTED',
  connected: false,
  tokenLast4: null,
});

export function post(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    text: 'Spring sale starts today',
    scheduledAt: '2030-03-04T08:00:00Z',
    fromQueue: false,
    status: 'SCHEDULED',
    liveStatus: null,
    targets: [
      {
        accountId: 'a-x',
        platform: 'X',
        accountName: 'Shop on X',
        status: 'PENDING',
        attempts: 0,
        platformPostId: null,
        url: null,
        error: null,
        publishedAt: null,
      },
    ],
    createdAt: at,
    publishedAt: null,
    ...overrides,
  };
}

export const queue = {
  timeZone: 'Europe/Paris',
  slots: [{ day: 'MONDAY', time: '09:00' }],
  nextFreeSlots: ['2030-03-04T08:00:00Z'],
};

/** The platform answering the social endpoints; `extra` answers first. */
export function socialBackend(
  extra?: (request: FakeRequest) => Response | undefined,
  options: { posts?: unknown[]; role?: string } = {},
) {
  return mockBackend((request) => {
    const answer = extra?.(request);
    if (answer) return answer;
    const path = request.path.split('?')[0];
    if (path === '/api/social/accounts' && request.method === 'GET') {
      return envelope([account(), linkedInOffline]);
    }
    if (path === '/api/social/posts' && request.method === 'GET') {
      const items = options.posts ?? [post()];
      return envelope({ items, page: 0, size: 200, total: items.length });
    }
    if (path === '/api/social/queue' && request.method === 'GET') return envelope(queue);
    return storePlatform(options.role ?? 'OWNER')(request);
  });
}
