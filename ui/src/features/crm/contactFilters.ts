import { CONSENT_STATES, CONTACTS_PAGE_SIZE } from './api';

/**
 * What the contacts list shows, kept in the URL so a link shares the view:
 * `?q=ana&tag=vip&consent=subscribed&segmentId=s1&page=2`. `page` is 0-based here, 1-based in
 * the URL.
 */
export interface ContactFilters {
  q: string;
  tag: string;
  consent: string;
  segmentId: string;
  page: number;
}

export const NO_CONTACT_FILTERS: ContactFilters = {
  q: '',
  tag: '',
  consent: '',
  segmentId: '',
  page: 0,
};

export function hasContactFilters(filters: ContactFilters): boolean {
  return Boolean(filters.q || filters.tag || filters.consent || filters.segmentId);
}

/** Reads the filters from a URL query; a consent state the API does not know is dropped. */
export function contactFiltersFromSearch(search: URLSearchParams): ContactFilters {
  const consent = (search.get('consent') ?? '').trim().toLowerCase();
  const page = Number.parseInt(search.get('page') ?? '', 10);
  return {
    q: (search.get('q') ?? '').trim(),
    tag: (search.get('tag') ?? '').trim(),
    consent: (CONSENT_STATES as readonly string[]).includes(consent) ? consent : '',
    segmentId: (search.get('segmentId') ?? '').trim(),
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

const FILTER_NAMES = ['q', 'tag', 'consent', 'segmentId'] as const;

/** The URL query of a view: only what is set, so the plain list is a plain link. */
export function searchFromContactFilters(filters: ContactFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) search.set(name, filters[name]);
  if (filters.page > 0) search.set('page', String(filters.page + 1));
  return search;
}

/** The query of `GET /api/crm/contacts` for a view. */
export function contactsApiQuery(filters: ContactFilters, size = CONTACTS_PAGE_SIZE): string {
  const search = new URLSearchParams({ page: String(filters.page), size: String(size) });
  for (const name of FILTER_NAMES) if (filters[name]) search.set(name, filters[name]);
  return search.toString();
}
