import type { FieldErrors } from '../../api';
import type { FieldOperator, FieldValue, SegmentFilter, SegmentFilterBody } from './api';
import {
  FIELD_NAME,
  FIELD_NAME_HINT,
  fieldTypeOf,
  fieldValueText,
  newRowKey,
  parseFieldValue,
  type FieldType,
} from './fieldValues';

/** One rule on a custom field as the editor holds it: the value as typed, with its type. */
export interface RuleState {
  key: string;
  field: string;
  op: FieldOperator;
  type: FieldType;
  value: string;
}

/** The segment editor's state; dates are the `yyyy-mm-dd` of date inputs, in local time. */
export interface FilterState {
  tagsAll: string[];
  tagsAny: string[];
  tagsNone: string[];
  consent: string[];
  rules: RuleState[];
  createdAfter: string;
  createdBefore: string;
}

export const EMPTY_FILTER: FilterState = {
  tagsAll: [],
  tagsAny: [],
  tagsNone: [],
  consent: [],
  rules: [],
  createdAfter: '',
  createdBefore: '',
};

export const OPERATOR_OPTIONS: ReadonlyArray<{ value: FieldOperator; label: string }> = [
  { value: 'EQUALS', label: 'is' },
  { value: 'NOT_EQUALS', label: 'is not' },
  { value: 'CONTAINS', label: 'contains' },
  { value: 'GREATER_THAN', label: 'is greater than' },
  { value: 'LESS_THAN', label: 'is less than' },
  { value: 'EXISTS', label: 'is set' },
  { value: 'NOT_EXISTS', label: 'is not set' },
];

/** EXISTS and NOT_EXISTS look at the field only. */
export const takesValue = (op: string) => op !== 'EXISTS' && op !== 'NOT_EXISTS';

export function emptyRule(): RuleState {
  return { key: newRowKey(), field: '', op: 'EQUALS', type: 'text', value: '' };
}

/** Where a rule's problem is shown, named as the API names it: `fields[0].op`. */
export const ruleErrorKey = (index: number, part: 'field' | 'op' | 'value') =>
  `fields[${index}].${part}`;

/** Local midnight of a `yyyy-mm-dd` day, as an instant. */
export function dayToInstant(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!).toISOString();
}

/** The local `yyyy-mm-dd` day of an instant. */
export function instantToDay(instant: string | null | undefined): string {
  if (!instant) return '';
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The filter the API takes, holding only the conditions given, or what is wrong with the
 * editor's state (keyed like the API's own errors, without `filter.`): a segment is counted and
 * saved only when it is whole.
 */
export function filterToBody(state: FilterState): {
  body: SegmentFilterBody | null;
  errors: FieldErrors;
} {
  const body: SegmentFilterBody = {};
  const errors: FieldErrors = {};
  if (state.tagsAll.length) body.tagsAll = state.tagsAll;
  if (state.tagsAny.length) body.tagsAny = state.tagsAny;
  if (state.tagsNone.length) body.tagsNone = state.tagsNone;
  if (state.consent.length) body.consent = state.consent;
  if (state.rules.length) {
    body.fields = state.rules.map((rule, index) => {
      const field = rule.field.trim();
      if (!FIELD_NAME.test(field)) {
        errors[ruleErrorKey(index, 'field')] = field ? FIELD_NAME_HINT : 'Enter a field name.';
      }
      if (!takesValue(rule.op)) return { field, op: rule.op };
      const parsed = parseFieldValue(rule.type, rule.value);
      if (!parsed.ok) {
        errors[ruleErrorKey(index, 'value')] = parsed.message;
        return { field, op: rule.op };
      }
      return { field, op: rule.op, value: parsed.value };
    });
  }
  if (state.createdAfter) body.createdAfter = dayToInstant(state.createdAfter);
  if (state.createdBefore) body.createdBefore = dayToInstant(state.createdBefore);
  if (state.createdAfter && state.createdBefore && state.createdAfter >= state.createdBefore) {
    errors.createdBefore = 'Choose a day after the first one.';
  }
  return { body: Object.keys(errors).length ? null : body, errors };
}

/** A saved segment's filter back in the editor. */
export function filterFromApi(filter: SegmentFilter | SegmentFilterBody): FilterState {
  return {
    tagsAll: filter.tagsAll ?? [],
    tagsAny: filter.tagsAny ?? [],
    tagsNone: filter.tagsNone ?? [],
    consent: filter.consent ?? [],
    rules: (filter.fields ?? []).map((rule) => ({
      key: newRowKey(),
      field: rule.field,
      op: rule.op as FieldOperator,
      type: fieldTypeOf(rule.value as FieldValue | null | undefined),
      value: fieldValueText(rule.value as FieldValue | null | undefined),
    })),
    createdAfter: instantToDay(filter.createdAfter),
    createdBefore: instantToDay(filter.createdBefore),
  };
}

/**
 * The control an API error belongs to: `filter.fields[0].op` is rule 1's operator,
 * `filter.tagsAll[2]` the "has all" tags, `filter.consent[0]` the consent choices.
 */
export function segmentErrorKey(apiKey: string): string {
  const key = apiKey.replace(/^filter\./, '');
  const list = /^(tagsAll|tagsAny|tagsNone|consent)\[\d+\]$/.exec(key);
  return list ? list[1]! : key;
}

export function segmentErrorAliases(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.keys(errors).map((key) => [key, segmentErrorKey(key)]));
}

export function mapSegmentErrors(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) mapped[segmentErrorKey(key)] ??= message;
  return mapped;
}
