import { describe, expect, it } from 'vitest';
import {
  dayToInstant,
  EMPTY_FILTER,
  filterFromApi,
  filterToBody,
  mapSegmentErrors,
  segmentErrorKey,
  type FilterState,
  type RuleState,
} from './segmentFilter';

const rule = (overrides: Partial<RuleState>): RuleState => ({
  key: 'r',
  field: 'plan',
  op: 'EQUALS',
  type: 'text',
  value: '',
  ...overrides,
});

const withoutKeys = (state: FilterState) => ({
  ...state,
  rules: state.rules.map(({ key: _key, ...rest }) => rest),
});

describe('segment filter', () => {
  it('sends nothing for an empty editor: everyone', () => {
    expect(filterToBody(EMPTY_FILTER)).toEqual({ body: {}, errors: {} });
  });

  it('turns every condition into the request body, values typed', () => {
    const state: FilterState = {
      tagsAll: ['customer'],
      tagsAny: ['a', 'b'],
      tagsNone: ['staff'],
      consent: ['subscribed'],
      rules: [
        rule({ field: 'orders', op: 'GREATER_THAN', type: 'number', value: '5' }),
        rule({ field: 'paying', op: 'EQUALS', type: 'boolean', value: 'true' }),
        rule({ field: 'city', op: 'CONTAINS', value: 'lis' }),
        rule({ field: 'coupon', op: 'NOT_EXISTS', value: 'ignored' }),
      ],
      createdAfter: '2025-01-01',
      createdBefore: '2025-02-01',
    };
    const { body, errors } = filterToBody(state);
    expect(errors).toEqual({});
    expect(body).toEqual({
      tagsAll: ['customer'],
      tagsAny: ['a', 'b'],
      tagsNone: ['staff'],
      consent: ['subscribed'],
      fields: [
        { field: 'orders', op: 'GREATER_THAN', value: 5 },
        { field: 'paying', op: 'EQUALS', value: true },
        { field: 'city', op: 'CONTAINS', value: 'lis' },
        { field: 'coupon', op: 'NOT_EXISTS' },
      ],
      createdAfter: dayToInstant('2025-01-01'),
      createdBefore: dayToInstant('2025-02-01'),
    });
    // …and a saved segment's filter comes back to the same editor state.
    const back = filterFromApi(body!);
    expect(withoutKeys(back)).toEqual(
      withoutKeys({
        ...state,
        rules: state.rules.map((r, i) => (i === 3 ? { ...r, value: '' } : r)),
      }),
    );
  });

  it('names the rule control at fault, as the API would, and counts nothing', () => {
    const { body, errors } = filterToBody({
      ...EMPTY_FILTER,
      rules: [
        rule({ field: 'plan', value: 'pro' }),
        rule({ field: '9lives', value: 'x' }),
        rule({ field: 'seats', type: 'number', value: 'many' }),
      ],
      createdAfter: '2025-03-01',
      createdBefore: '2025-02-01',
    });
    expect(body).toBeNull();
    expect(errors).toEqual({
      'fields[1].field': expect.stringContaining('Starts with a letter'),
      'fields[2].value': 'Enter a number, like 12 or 4.5.',
      createdBefore: 'Choose a day after the first one.',
    });
  });

  it.each([
    ['filter.fields[0].op', 'fields[0].op'],
    ['filter.fields[3].value', 'fields[3].value'],
    ['filter.tagsAll[2]', 'tagsAll'],
    ['filter.consent[0]', 'consent'],
    ['filter.createdBefore', 'createdBefore'],
    ['name', 'name'],
  ])('puts the API error %s on %s', (apiKey, control) => {
    expect(segmentErrorKey(apiKey)).toBe(control);
  });

  it('keeps the first message when several land on one control', () => {
    expect(
      mapSegmentErrors({ 'filter.tagsAny[0]': 'first', 'filter.tagsAny[1]': 'second' }),
    ).toEqual({ tagsAny: 'first' });
  });
});
