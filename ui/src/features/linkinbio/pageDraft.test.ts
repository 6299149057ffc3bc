import { describe, expect, it } from 'vitest';
import { bioPageSchema } from './api';
import { bioPage } from './bioFixtures';
import { bookingPath, draftOf, inputOf, move, newBlock, slugProblem } from './pageDraft';

describe('move', () => {
  it('moves an item up and down and keeps it inside the list', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    const same = ['a', 'b'];
    expect(move(same, 0, -1)).toBe(same);
  });
});

describe('draft and input', () => {
  it('sends the blocks with their ids, new ones without, and no editor keys', () => {
    const draft = draftOf(bioPageSchema.parse(bioPage()));
    draft.blocks.push(newBlock('BOOKING'));
    const input = inputOf({ ...draft, slug: ' cleo ', title: ' Cleo ' });
    expect(input.slug).toBe('cleo');
    expect(input.title).toBe('Cleo');
    expect(input.blocks.map((b) => b.id)).toEqual(['b1', 'b2', undefined]);
    expect(input.blocks.every((b) => !('key' in b))).toBe(true);
  });
});

describe('slugProblem', () => {
  it('accepts what the server accepts and explains the rest', () => {
    expect(slugProblem('cleo-ceramics')).toBeUndefined();
    expect(slugProblem('ab')).toMatch(/3 to 32/);
    expect(slugProblem('-cleo')).toBeDefined();
    expect(slugProblem('cleo ceramics')).toBeDefined();
  });
});

it('builds the booking page address of a service', () => {
  expect(bookingPath('w1', 'wheel class')).toBe('/book/w1/wheel%20class');
});
