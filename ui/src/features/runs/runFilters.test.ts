import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filtersFromSearch,
  hasFilters,
  instantFromLocalInput,
  localInputValue,
  NO_FILTERS,
  runsApiQuery,
  searchFromFilters,
  withFilter,
} from './runFilters';

describe('run filters and the URL', () => {
  it('reads every filter and the 1-based page from the query', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'status=failed&automationId=a1&version=2&startedAfter=2026-01-01T00:00:00.000Z' +
          '&startedBefore=2026-02-01T00:00:00Z&page=3',
      ),
    );
    expect(filters).toEqual({
      status: 'FAILED',
      automationId: 'a1',
      version: '2',
      startedAfter: '2026-01-01T00:00:00.000Z',
      startedBefore: '2026-02-01T00:00:00Z',
      page: 2,
    });
  });

  it('drops values the API would refuse instead of sending them', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'status=DONE&version=0&startedAfter=yesterday&startedBefore=2026&page=-4',
      ),
    );
    expect(filters).toEqual(NO_FILTERS);
    expect(filtersFromSearch(new URLSearchParams('version=two&page=x'))).toEqual(NO_FILTERS);
  });

  it('writes only what is set, so a view round-trips through its link', () => {
    const view = { ...NO_FILTERS, status: 'WAITING', automationId: 'a 1', page: 1 };
    const search = searchFromFilters(view);
    expect(search.toString()).toBe('status=WAITING&automationId=a+1&page=2');
    expect(filtersFromSearch(search)).toEqual(view);
    expect(searchFromFilters(NO_FILTERS).toString()).toBe('');
  });

  it('asks the API for the 0-based page with the filters', () => {
    const query = runsApiQuery({ ...NO_FILTERS, version: '3', automationId: 'a1', page: 2 }, 20);
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      page: '2',
      size: '20',
      automationId: 'a1',
      version: '3',
    });
  });

  it('starts again at the first page when a filter changes, and forgets the version with the automation', () => {
    const view = { ...NO_FILTERS, automationId: 'a1', version: '2', page: 4 };
    expect(withFilter(view, 'status', 'FAILED')).toMatchObject({
      status: 'FAILED',
      page: 0,
      version: '2',
    });
    expect(withFilter(view, 'automationId', 'a2')).toMatchObject({
      automationId: 'a2',
      version: '',
    });
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, page: 3 })).toBe(false);
    expect(activeFilterCount(view)).toBe(2);
  });

  it('converts between datetime-local values and instants in the local time zone', () => {
    const iso = instantFromLocalInput('2026-03-04T05:06');
    expect(new Date(iso).getHours()).toBe(5);
    expect(localInputValue(iso)).toBe('2026-03-04T05:06');
    expect(instantFromLocalInput('')).toBe('');
    expect(localInputValue('not a date')).toBe('');
  });
});
