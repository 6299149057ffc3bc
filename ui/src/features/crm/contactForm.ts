import { z } from 'zod';
import type { FieldErrors } from '../../api';
import type { Contact, ContactInput, FieldValue } from './api';
import {
  FIELD_NAME,
  FIELD_NAME_HINT,
  fieldTypeOf,
  fieldValueText,
  newRowKey,
  parseFieldValue,
  type FieldType,
} from './fieldValues';

/** One custom field as the form edits it: a name, a type and the value as typed. */
export interface FieldRow {
  key: string;
  name: string;
  type: FieldType;
  value: string;
}

export interface ContactFormValues {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  tags: string[];
  rows: FieldRow[];
}

export function emptyFieldRow(): FieldRow {
  return { key: newRowKey(), name: '', type: 'text', value: '' };
}

export const EMPTY_CONTACT: ContactFormValues = {
  email: '',
  firstName: '',
  lastName: '',
  phone: '',
  tags: [],
  rows: [],
};

export function contactFormValues(contact: Contact): ContactFormValues {
  return {
    email: contact.email,
    firstName: contact.firstName ?? '',
    lastName: contact.lastName ?? '',
    phone: contact.phone ?? '',
    tags: contact.tags,
    rows: rowsFromFields(contact.fields),
  };
}

export function rowsFromFields(fields: Record<string, FieldValue | null>): FieldRow[] {
  return Object.entries(fields).map(([name, value]) => ({
    key: newRowKey(),
    name,
    type: fieldTypeOf(value),
    value: fieldValueText(value),
  }));
}

/** Where a row's problem is shown: the error key of its name or value input. */
export const rowErrorKey = (row: FieldRow, part: 'name' | 'value') => `row:${row.key}:${part}`;

/**
 * The custom fields of the rows, typed (`12` a number, yes a boolean), or what is wrong with
 * each row. A row left wholly empty is skipped, so an added row need not be removed again.
 */
export function fieldsFromRows(rows: FieldRow[]): {
  fields: Record<string, FieldValue>;
  errors: FieldErrors;
} {
  const fields: Record<string, FieldValue> = {};
  const errors: FieldErrors = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (!name && !row.value.trim() && row.type !== 'boolean') continue;
    if (!FIELD_NAME.test(name)) {
      errors[rowErrorKey(row, 'name')] = name ? FIELD_NAME_HINT : 'Enter a field name.';
      continue;
    }
    if (name in fields) {
      errors[rowErrorKey(row, 'name')] = `Another row is named ${name}.`;
      continue;
    }
    const parsed = parseFieldValue(row.type, row.value);
    if (parsed.ok) fields[name] = parsed.value;
    else errors[rowErrorKey(row, 'value')] = parsed.message;
  }
  return { fields, errors };
}

/**
 * The API names a field's problem `fields.plan`; the form shows it on the row named plan (on
 * its name when the name is what is wrong).
 */
export function contactFieldAliases(rows: FieldRow[], fieldErrors: FieldErrors = {}) {
  const aliases: Record<string, string> = {};
  for (const row of rows) {
    const key = `fields.${row.name.trim()}`;
    const aboutName = /field name/i.test(fieldErrors[key] ?? '');
    aliases[key] = rowErrorKey(row, aboutName ? 'name' : 'value');
  }
  return aliases;
}

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .default('')
    .transform((text) => text || null);

/** The form's rules, as the API checks them; tags and field rows come from the form's state. */
export function contactFormSchema(tags: string[], rows: FieldRow[]) {
  return z
    .object({
      email: z
        .string()
        .trim()
        .min(1, 'Enter the email address.')
        .max(254, 'Use at most 254 characters.')
        .pipe(z.email('Enter an email address like ana@example.com.')),
      firstName: optional(200),
      lastName: optional(200),
      phone: optional(40).refine(
        (phone) => phone === null || /^[0-9 +().-]*$/.test(phone),
        'Use digits, spaces and + ( ) . - only.',
      ),
    })
    .transform((values, ctx): ContactInput => {
      const { fields, errors } = fieldsFromRows(rows);
      for (const [key, message] of Object.entries(errors)) {
        ctx.addIssue({ code: 'custom', path: [key], message });
      }
      return { ...values, tags, fields };
    });
}
