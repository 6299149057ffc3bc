import type { FieldValue } from './api';

/** How a custom field's value is typed in: text, a number, or yes/no. */
export type FieldType = 'text' | 'number' | 'boolean';

export const FIELD_TYPE_OPTIONS: ReadonlyArray<{ value: FieldType; label: string }> = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'Yes/no' },
];

export const YES_NO_OPTIONS = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** Custom field names as the API takes them: `plan`, `seats_2`. */
export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
export const FIELD_NAME_HINT = 'Starts with a letter, then letters, digits or _ (e.g. plan).';
export const MAX_FIELD_TEXT = 1000;

export function fieldTypeOf(value: FieldValue | null | undefined): FieldType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** The text an input shows for a value: yes/no as `true`/`false`, the select's values. */
export function fieldValueText(value: FieldValue | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export type ParsedValue = { ok: true; value: FieldValue } | { ok: false; message: string };

/** Reads what was typed as the chosen type: `12.5` as a number, `true` as yes. */
export function parseFieldValue(type: FieldType, text: string): ParsedValue {
  if (type === 'boolean') {
    if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
    return { ok: false, message: 'Choose yes or no.' };
  }
  if (type === 'number') {
    const trimmed = text.trim();
    if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
      return { ok: false, message: 'Enter a number, like 12 or 4.5.' };
    }
    return { ok: true, value: Number(trimmed) };
  }
  if (text.length > MAX_FIELD_TEXT) {
    return { ok: false, message: `Use at most ${MAX_FIELD_TEXT} characters.` };
  }
  return { ok: true, value: text };
}

let lastKey = 0;
/** A key for a row of a list the user edits, so React keeps each row's inputs apart. */
export function newRowKey(): string {
  lastKey += 1;
  return `row-${lastKey}`;
}
