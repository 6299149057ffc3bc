import { z } from 'zod';

/** A page of a paginated list: `{ items, page, size, total }`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().optional().default(0),
    size: z.number().int().optional().default(0),
    total: z.number().int().optional().default(0),
  });
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** Makes a path segment safe to put in a URL. */
export const segment = (value: string) => encodeURIComponent(value);

/** Ids may be UUID strings or numbers depending on the entity; the UI treats them as strings. */
export const idSchema = z.union([z.string(), z.number()]).transform(String);

/**
 * An instant as the back end sends it: normally an ISO-8601 string; epoch seconds or
 * milliseconds (Jackson's numeric timestamps) are turned into ISO strings too.
 */
export const instantSchema = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    if (typeof value !== 'number') return value ?? null;
    const millis = value < 1e11 ? value * 1000 : value;
    return new Date(millis).toISOString();
  });
