import { describe, expect, it } from 'vitest';
import { awaitedEvent, parsePayload } from './waiting';

describe('awaitedEvent', () => {
  it('reads the type and the resolved key from the waiting step', () => {
    expect(awaitedEvent('order.paid for o-77')).toEqual({ type: 'order.paid', key: 'o-77' });
    expect(awaitedEvent('order.paid')).toEqual({ type: 'order.paid', key: '' });
  });

  it('falls back to the node parameter when the step says nothing', () => {
    expect(
      awaitedEvent(undefined, { params: { event: 'form.sent', key: '{{ trigger.id }}' } }),
    ).toEqual({ type: 'form.sent', key: '' });
    expect(awaitedEvent(null)).toEqual({ type: '', key: '' });
  });
});

describe('parsePayload', () => {
  it('accepts a JSON object, and blank as an empty one', () => {
    expect(parsePayload('{"amount": 120}')).toEqual({ value: { amount: 120 } });
    expect(parsePayload('  ')).toEqual({ value: {} });
  });

  it('refuses text that is not JSON, and JSON that is not an object', () => {
    expect(parsePayload('{amount: 1}')).toMatchObject({
      error: expect.stringContaining('not valid JSON'),
    });
    expect(parsePayload('[1, 2]')).toEqual({
      error: 'The payload must be a JSON object, such as {"amount": 120}.',
    });
    expect(parsePayload('null')).toHaveProperty('error');
  });
});
