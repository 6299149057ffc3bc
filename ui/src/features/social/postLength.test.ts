import { describe, expect, it } from 'vitest';
import { lengthFor, postLength } from './postLength';

describe('postLength', () => {
  it('counts an emoji as one character, as the server does', () => {
    expect(postLength('LINKEDIN', 'Launch 🚀')).toBe(8);
    expect(postLength('X', 'Launch 🚀')).toBe(8);
  });

  it('counts every link as 23 on X and as written on LinkedIn', () => {
    const text = `Read https://example.com/${'p'.repeat(60)} now`;
    expect(postLength('X', text)).toBe('Read '.length + 23 + ' now'.length);
    expect(postLength('LINKEDIN', text)).toBe(text.length);
  });

  it('says when a text is over a platform limit', () => {
    expect(lengthFor('X', 'a'.repeat(281))).toMatchObject({ length: 281, max: 280, over: true });
    expect(lengthFor('X', 'a'.repeat(280)).over).toBe(false);
    expect(lengthFor('LINKEDIN', 'a'.repeat(3001)).over).toBe(true);
  });
});
