import { describe, expect, it } from 'vitest';
import type { NodeType } from './graph/model';
import { paletteGroups } from './palette';

const t = (type: string, category: string, label: string, description = ''): NodeType => ({
  type,
  category,
  label,
  description,
  ports: ['out'],
  sideEffect: false,
  paramsSchema: {},
});
const types = [
  t('email.send', 'action', 'Send email', 'Sends an email'),
  t('wait.delay', 'wait', 'Delay', 'Waits for a duration'),
  t('trigger.manual', 'trigger', 'Manual or API'),
  t('custom.x', 'zzz', 'Custom'),
];

describe('paletteGroups', () => {
  it('groups by category, triggers first and unknown categories last', () => {
    expect(paletteGroups(types, '').map((g) => [g.label, g.types.map((x) => x.type)])).toEqual([
      ['Triggers', ['trigger.manual']],
      ['Waits', ['wait.delay']],
      ['Actions', ['email.send']],
      ['zzz', ['custom.x']],
    ]);
  });

  it('searches labels, type names and descriptions, ignoring case', () => {
    expect(paletteGroups(types, 'EMAIL').flatMap((g) => g.types.map((x) => x.type))).toEqual([
      'email.send',
    ]);
    expect(paletteGroups(types, 'duration')[0]!.types[0]!.type).toBe('wait.delay');
    expect(paletteGroups(types, 'nothing like it')).toEqual([]);
  });
});
