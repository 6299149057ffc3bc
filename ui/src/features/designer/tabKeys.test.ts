import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tabKeys';

describe('tabAfterKey', () => {
  const tabs = ['step', 'problems', 'simulate', 'versions'] as const;

  it('moves with the arrows, wrapping around, and jumps with Home and End', () => {
    expect(tabAfterKey(tabs, 'step', 'ArrowRight')).toBe('problems');
    expect(tabAfterKey(tabs, 'versions', 'ArrowRight')).toBe('step');
    expect(tabAfterKey(tabs, 'step', 'ArrowLeft')).toBe('versions');
    expect(tabAfterKey(tabs, 'simulate', 'Home')).toBe('step');
    expect(tabAfterKey(tabs, 'problems', 'End')).toBe('versions');
  });

  it('ignores other keys and unknown tabs', () => {
    expect(tabAfterKey(tabs, 'step', 'Enter')).toBeNull();
    expect(tabAfterKey(tabs, 'nope' as never, 'ArrowRight')).toBeNull();
  });
});
