import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema, instantSchema, pageSchema } from './schemas';

describe('shared schemas', () => {
  it('reads a page of items', () => {
    const page = pageSchema(z.object({ id: idSchema }));
    expect(page.parse({ items: [{ id: 7 }, { id: 'b' }], page: 0, size: 20, total: 2 })).toEqual({
      items: [{ id: '7' }, { id: 'b' }],
      page: 0,
      size: 20,
      total: 2,
    });
  });

  it('accepts ISO strings and numeric timestamps for instants', () => {
    expect(instantSchema.parse('2025-01-01T00:00:00Z')).toBe('2025-01-01T00:00:00Z');
    expect(instantSchema.parse(1735689600)).toBe('2025-01-01T00:00:00.000Z');
    expect(instantSchema.parse(1735689600000)).toBe('2025-01-01T00:00:00.000Z');
    expect(instantSchema.parse(null)).toBeNull();
    expect(instantSchema.parse(undefined)).toBeNull();
  });
});
