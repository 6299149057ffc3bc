import { describe, expect, it } from 'vitest';
import {
  contactFieldAliases,
  contactFormSchema,
  fieldsFromRows,
  rowErrorKey,
  rowsFromFields,
  type FieldRow,
} from './contactForm';

const row = (key: string, name: string, type: FieldRow['type'], value: string): FieldRow => ({
  key,
  name,
  type,
  value,
});

describe('custom field rows', () => {
  it('types each value as its row says', () => {
    const { fields, errors } = fieldsFromRows([
      row('a', 'plan', 'text', 'pro'),
      row('b', 'seats', 'number', ' 12 '),
      row('c', 'ratio', 'number', '-0.5'),
      row('d', 'paying', 'boolean', 'false'),
      row('e', 'code', 'text', '007'),
    ]);
    expect(errors).toEqual({});
    expect(fields).toEqual({ plan: 'pro', seats: 12, ratio: -0.5, paying: false, code: '007' });
  });

  it('says which row is wrong, on its name or its value', () => {
    const rows = [
      row('a', '2fast', 'text', 'x'),
      row('b', 'seats', 'number', 'twelve'),
      row('c', 'plan', 'text', 'a'),
      row('d', 'plan', 'text', 'b'),
      row('e', '', 'text', 'orphan'),
    ];
    const { fields, errors } = fieldsFromRows(rows);
    expect(fields).toEqual({ plan: 'a' });
    expect(errors).toEqual({
      [rowErrorKey(rows[0]!, 'name')]: expect.stringContaining('Starts with a letter'),
      [rowErrorKey(rows[1]!, 'value')]: 'Enter a number, like 12 or 4.5.',
      [rowErrorKey(rows[3]!, 'name')]: 'Another row is named plan.',
      [rowErrorKey(rows[4]!, 'name')]: 'Enter a field name.',
    });
  });

  it('skips a row left empty', () => {
    expect(fieldsFromRows([row('a', '', 'text', '  ')])).toEqual({ fields: {}, errors: {} });
  });

  it('reads a contact’s fields back into typed rows', () => {
    const rows = rowsFromFields({ plan: 'pro', seats: 3, paying: true });
    expect(rows.map(({ name, type, value }) => ({ name, type, value }))).toEqual([
      { name: 'plan', type: 'text', value: 'pro' },
      { name: 'seats', type: 'number', value: '3' },
      { name: 'paying', type: 'boolean', value: 'true' },
    ]);
    expect(fieldsFromRows(rows).fields).toEqual({ plan: 'pro', seats: 3, paying: true });
  });

  it('puts the API’s fields.<name> problems on that row', () => {
    const rows = [row('a', 'plan', 'text', 'x'), row('b', 'seats', 'number', '1')];
    expect(
      contactFieldAliases(rows, {
        'fields.plan': 'is longer than 1000 characters',
        'fields.seats': 'a field name starts with a letter, then letters, digits or _',
      }),
    ).toEqual({ 'fields.plan': 'row:a:value', 'fields.seats': 'row:b:name' });
  });
});

describe('contact form', () => {
  it('sends the typed fields with the tags, blanks as null', () => {
    const parsed = contactFormSchema(['vip'], [row('a', 'seats', 'number', '2')]).safeParse({
      email: ' ana@example.com ',
      firstName: 'Ana',
      lastName: '',
      phone: '',
    });
    expect(parsed.success && parsed.data).toEqual({
      email: 'ana@example.com',
      firstName: 'Ana',
      lastName: null,
      phone: null,
      tags: ['vip'],
      fields: { seats: 2 },
    });
  });

  it('refuses a bad email, a bad phone and a bad row together', () => {
    const parsed = contactFormSchema([], [row('a', 'seats', 'number', 'x')]).safeParse({
      email: 'not-an-email',
      phone: 'call me',
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['email', 'phone']));
  });
});
