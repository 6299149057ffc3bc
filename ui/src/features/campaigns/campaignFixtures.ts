import { envelope, mockBackend, type FakeRequest } from '../../test/utils';
import { storePlatform } from '../store/storeFixtures';

/** Fixtures of the campaign pages' tests: campaigns of workspace w1 and the answers they get. */
const at = '2030-01-01T00:00:00Z';

export function campaign(overrides: Record<string, unknown> = {}) {
  return {
    id: 'c1',
    name: 'Spring sale',
    subject: '{{first_name|there}}, the sale is on',
    html: '<p>Hi {{first_name}}</p>',
    text: 'Hi {{first_name}}',
    fromName: "Ana's Shop",
    fromEmail: 'news@shop.example',
    replyTo: null,
    segmentId: 's1',
    status: 'DRAFT',
    scheduledAt: null,
    startedAt: null,
    finishedAt: null,
    progress: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A campaign's counts before anything happened. */
export const noProgress = {
  status: 'SENDING',
  audience: 0,
  sent: 0,
  failed: 0,
  skipped: 0,
  remaining: 0,
  opened: 0,
  clicked: 0,
  bounced: 0,
  complained: 0,
};

/** Half-way through 23 contacts: 14 done (10 sent, 1 failed, 3 skipped), 9 remaining. */
export function progress(overrides: Record<string, unknown> = {}) {
  return {
    ...noProgress,
    audience: 23,
    sent: 10,
    failed: 1,
    skipped: 3,
    remaining: 9,
    opened: 4,
    clicked: 1,
    bounced: 1,
    complained: 0,
    ...overrides,
  };
}

export const segments = [
  { id: 's1', name: 'News', contactCount: 23, filter: {}, createdAt: at, updatedAt: at },
];

/** The platform with campaign c1 as given; `extra` answers first. */
export function campaignBackend(
  current: () => Record<string, unknown>,
  extra?: (request: FakeRequest) => Response | undefined,
  role = 'EDITOR',
) {
  return mockBackend((request) => {
    const answer = extra?.(request);
    if (answer) return answer;
    const path = request.path.split('?')[0];
    if (path === '/api/email-marketing/campaigns/c1' && request.method === 'GET') {
      return envelope(current());
    }
    if (path === '/api/email-marketing/campaigns' && request.method === 'GET') {
      return envelope([current()]);
    }
    if (path === '/api/email-marketing/campaigns/c1/preview') {
      return envelope({ subject: 'Ana, the sale is on', html: '<p>Hi Ana</p>', text: 'Hi Ana' });
    }
    if (path === '/api/crm/segments') return envelope(segments);
    if (path === '/api/crm/segments/count') return envelope({ contactCount: 40 });
    return storePlatform(role)(request);
  });
}
