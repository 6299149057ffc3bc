import { describe, expect, it } from 'vitest';
import { emptyService, toServiceInput } from './serviceForm';

describe('the service form', () => {
  it('turns what was typed into what the server takes', () => {
    const result = toServiceInput({
      ...emptyService('Europe/Paris'),
      name: ' Portrait ',
      durationMinutes: '60',
      bufferAfterMinutes: '15',
      price: '49.90',
      reminders: '24h, 2h',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      name: 'Portrait',
      durationMinutes: 60,
      bufferAfterMinutes: 15,
      priceMinor: 4990,
      reminderOffsetsMinutes: [1440, 120],
      published: true,
    });
    expect(result.input.availability.timeZone).toBe('Europe/Paris');
  });

  it('names every field at fault, as the server would', () => {
    const result = toServiceInput({
      ...emptyService('UTC'),
      name: '',
      durationMinutes: '7',
      price: 'free',
      reminders: 'soon',
      availability: {
        timeZone: 'UTC',
        weekly: [{ day: 'MONDAY', start: '17:00', end: '09:00' }],
        exceptions: [],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual([
      'availability.weekly[0]',
      'durationMinutes',
      'name',
      'priceMinor',
      'reminderOffsetsMinutes',
    ]);
  });
});
