import { describe, expect, it } from 'vitest';
import {
  durationMs,
  errorText,
  formatDurationMs,
  isFinalRunStatus,
  runStatusLabel,
  runStatusTone,
} from './runStatus';

describe('run status badges', () => {
  it('maps every run status onto a tone and a label', () => {
    expect(runStatusTone('RUNNING')).toBe('info');
    expect(runStatusTone('WAITING')).toBe('warning');
    expect(runStatusTone('COMPLETED')).toBe('success');
    expect(runStatusTone('FAILED')).toBe('danger');
    expect(runStatusTone('CANCELLED')).toBe('neutral');
    expect(runStatusLabel('WAITING')).toBe('Waiting');
    expect(runStatusLabel('failed')).toBe('Failed');
  });

  it('shows unknown or missing statuses neutrally, as sent', () => {
    expect(runStatusTone('TIMED_OUT')).toBe('neutral');
    expect(runStatusLabel('TIMED_OUT')).toBe('TIMED_OUT');
    expect(runStatusTone(null)).toBe('neutral');
    expect(runStatusLabel(undefined)).toBe('Unknown');
  });

  it('knows which statuses are final', () => {
    expect(isFinalRunStatus('COMPLETED')).toBe(true);
    expect(isFinalRunStatus('FAILED')).toBe(true);
    expect(isFinalRunStatus('CANCELLED')).toBe(true);
    expect(isFinalRunStatus('RUNNING')).toBe(false);
    expect(isFinalRunStatus('WAITING')).toBe(false);
    expect(isFinalRunStatus(undefined)).toBe(false);
  });
});

describe('durations', () => {
  it('measures the milliseconds between two instants', () => {
    expect(durationMs('2025-01-01T00:00:00.000Z', '2025-01-01T00:00:01.234Z')).toBe(1234);
    expect(durationMs('2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')).toBe(0);
  });

  it('has no duration while running, without a start, or when the instants are reversed', () => {
    expect(durationMs('2025-01-01T00:00:00Z', null)).toBeNull();
    expect(durationMs(null, '2025-01-01T00:00:00Z')).toBeNull();
    expect(durationMs('2025-01-01T00:00:01Z', '2025-01-01T00:00:00Z')).toBeNull();
    expect(durationMs('not a date', '2025-01-01T00:00:00Z')).toBeNull();
  });

  it('formats milliseconds with separators, and a dash when unknown', () => {
    expect(formatDurationMs(0)).toBe('0 ms');
    expect(formatDurationMs(42.4)).toBe('42 ms');
    expect(formatDurationMs(1234567)).toBe('1,234,567 ms');
    expect(formatDurationMs(null)).toBe('—');
  });
});

describe('errorText', () => {
  it('reads strings, problem-like objects and other values', () => {
    expect(errorText('boom')).toBe('boom');
    expect(errorText({ message: 'Step failed', type: 'x' })).toBe('Step failed');
    expect(errorText({ code: 7 })).toBe('{\n  "code": 7\n}');
    expect(errorText(null)).toBe('');
  });
});
