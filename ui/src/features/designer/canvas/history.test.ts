import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, createHistory, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes commits in order', () => {
    let h = createHistory('a');
    h = commit(h, 'b', { at: 0 });
    h = commit(h, 'c', { at: 10_000 });
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch when something new is committed', () => {
    let h = commit(commit(createHistory(1), 2, { at: 0 }), 3, { at: 5000 });
    h = undo(h);
    h = commit(h, 4, { at: 10_000 });
    expect(h.present).toBe(4);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(2);
  });

  it('merges a burst of edits with the same key into one undo step', () => {
    let h = createHistory('');
    h = commit(h, 'H', { key: 'edit:mail', at: 1000 });
    h = commit(h, 'He', { key: 'edit:mail', at: 1200 });
    h = commit(h, 'Hey', { key: 'edit:mail', at: 1400 });
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('keeps edits apart when the key changes, time passes or an undo happened', () => {
    let h = createHistory(0);
    h = commit(h, 1, { key: 'edit:a', at: 0 });
    h = commit(h, 2, { key: 'edit:b', at: 100 });
    h = commit(h, 3, { key: 'edit:b', at: 100 + 5000 });
    expect(h.past).toEqual([0, 1, 2]);
    h = undo(h);
    h = commit(h, 4, { key: 'edit:b', at: 5200 });
    expect(h.past).toEqual([0, 1, 2]);
  });

  it('ignores a commit of the present itself and keeps at most limit steps', () => {
    const h = createHistory('x');
    expect(commit(h, 'x')).toBe(h);
    let long = createHistory(0);
    for (let i = 1; i <= 10; i++) long = commit(long, i, { at: i * 10_000, limit: 3 });
    expect(long.past).toEqual([7, 8, 9]);
  });
});
