import { describe, expect, it } from 'vitest';
import { insertTag } from './mergeTags';

describe('insertTag', () => {
  it('inserts at the caret and puts the caret after the tag', () => {
    expect(insertTag('Hi , welcome', 3, 3, '{{first_name}}')).toEqual({
      value: 'Hi {{first_name}}, welcome',
      caret: 17,
    });
  });

  it('replaces the selection', () => {
    expect(insertTag('Hi NAME!', 3, 7, '{{first_name|there}}').value).toBe(
      'Hi {{first_name|there}}!',
    );
  });

  it('clamps positions outside the text, so the tag lands at an end', () => {
    expect(insertTag('abc', 10, 12, '{{email}}')).toEqual({ value: 'abc{{email}}', caret: 12 });
    expect(insertTag('abc', -2, -1, '{{email}}').value).toBe('{{email}}abc');
    expect(insertTag('', 0, 0, '{{unsubscribe_url}}').value).toBe('{{unsubscribe_url}}');
  });
});
