/** Fixtures of the link-in-bio pages' tests. */
const at = '2026-01-01T00:00:00Z';

export function bioPage(overrides: Record<string, unknown> = {}) {
  return {
    id: 'pg1',
    slug: 'cleo',
    publicPath: '/u/cleo',
    status: 'DRAFT',
    unpublishedChanges: true,
    publishedVersion: 0,
    publishedAt: null,
    draft: {
      title: 'Cleo Ceramics',
      description: 'Stoneware',
      avatarUrl: null,
      language: 'en',
      theme: 'LIGHT',
      socials: [{ platform: 'INSTAGRAM', url: 'https://instagram.com/cleo' }],
      blocks: [
        {
          id: 'b1',
          type: 'LINK',
          title: 'Shop',
          url: 'https://example.com/shop',
          productId: null,
          serviceId: null,
        },
        {
          id: 'b2',
          type: 'LINK',
          title: 'Classes',
          url: 'https://example.com/classes',
          productId: null,
          serviceId: null,
        },
      ],
    },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function analytics() {
  const days = Array.from({ length: 30 }, (_, i) => ({
    day: `2026-01-${String(i + 1).padStart(2, '0')}`,
    views: i === 29 ? 12 : 0,
    clicks: i === 29 ? 5 : 0,
  }));
  return {
    from: '2026-01-01',
    to: '2026-01-30',
    views: 12,
    clicks: 5,
    days,
    blocks: [
      {
        blockId: 'b1',
        type: 'LINK',
        title: 'Shop',
        clicks: 4,
        daily: days.map((d) => d.clicks && 4),
      },
      { blockId: 'b2', type: 'LINK', title: 'Classes', clicks: 1, daily: days.map(() => 0) },
    ],
  };
}
