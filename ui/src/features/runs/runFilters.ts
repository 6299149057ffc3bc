import { RUN_STATUSES } from './runStatus';

/**
 * What the runs list shows, kept in the URL query so a link shares the view:
 * `?status=FAILED&automationId=a1&version=2&startedAfter=2026-01-01T00:00:00.000Z&page=2`.
 * Values are kept as the API takes them (instants in ISO-8601 UTC); `page` is 0-based here and
 * 1-based in the URL, as people count pages.
 */
export type RunFilters = {
  status: string;
  automationId: string;
  version: string;
  startedAfter: string;
  startedBefore: string;
  page: number;
};

export const NO_FILTERS: RunFilters = {
  status: '',
  automationId: '',
  version: '',
  startedAfter: '',
  startedBefore: '',
  page: 0,
};

export const RUNS_PAGE_SIZE = 20;

const FILTER_KEYS = ['status', 'automationId', 'version', 'startedAfter', 'startedBefore'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const isInstant = (value: string) =>
  /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));

/** Reads the filters from a URL query; a value the API would refuse is dropped, not sent. */
export function filtersFromSearch(search: URLSearchParams): RunFilters {
  const text = (key: string) => (search.get(key) ?? '').trim();
  const status = text('status').toUpperCase();
  const version = text('version');
  const page = Number.parseInt(text('page'), 10);
  return {
    status: (RUN_STATUSES as readonly string[]).includes(status) ? status : '',
    automationId: text('automationId'),
    version: /^[1-9]\d{0,8}$/.test(version) ? version : '',
    startedAfter: isInstant(text('startedAfter')) ? text('startedAfter') : '',
    startedBefore: isInstant(text('startedBefore')) ? text('startedBefore') : '',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

/** The URL query of a view: only what is set, so the plain list is a plain link. */
export function searchFromFilters(filters: RunFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) search.set(key, filters[key]);
  if (filters.page > 0) search.set('page', String(filters.page + 1));
  return search;
}

/** The query of `GET /api/runs` for a view. */
export function runsApiQuery(filters: RunFilters, size = RUNS_PAGE_SIZE): string {
  const search = new URLSearchParams({ page: String(filters.page), size: String(size) });
  for (const key of FILTER_KEYS) if (filters[key]) search.set(key, filters[key]);
  return search.toString();
}

/** Changes one filter; any change of what is shown starts again at the first page. */
export function withFilter(filters: RunFilters, key: FilterKey, value: string): RunFilters {
  const next = { ...filters, [key]: value, page: 0 };
  // A version number means nothing without its automation.
  if (key === 'automationId' && value !== filters.automationId) next.version = '';
  return next;
}

/** How many filters narrow the view (the page is not a filter). */
export function activeFilterCount(filters: RunFilters): number {
  return FILTER_KEYS.filter((key) => filters[key] !== '').length;
}

export function hasFilters(filters: RunFilters): boolean {
  return activeFilterCount(filters) > 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` input shows it, in the browser's time zone. */
export function localInputValue(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A `datetime-local` value (local time) as an ISO instant; empty when blank or invalid. */
export function instantFromLocalInput(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
