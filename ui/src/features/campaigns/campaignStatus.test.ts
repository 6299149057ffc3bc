import { describe, expect, it } from 'vitest';
import {
  campaignActions,
  campaignStatusLabel,
  finalSummary,
  isLiveCampaignStatus,
  progressFigures,
} from './campaignStatus';
import { noProgress, progress as halfway } from './campaignFixtures';

const progress = (counts: Partial<Record<string, number>> = {}) => ({ ...noProgress, ...counts });

describe('campaignActions', () => {
  it.each([
    ['DRAFT', { edit: true, pause: false, resume: false, cancel: false }],
    ['SCHEDULED', { edit: false, pause: true, resume: false, cancel: true }],
    ['SENDING', { edit: false, pause: true, resume: false, cancel: true }],
    ['PAUSED', { edit: false, pause: false, resume: true, cancel: true }],
    ['SENT', { edit: false, pause: false, resume: false, cancel: false }],
    ['CANCELLED', { edit: false, pause: false, resume: false, cancel: false }],
    ['SOMETHING_NEW', { edit: false, pause: false, resume: false, cancel: false }],
  ])('%s allows %o', (status, expected) => {
    expect(campaignActions(status)).toEqual(expected);
  });

  it('polls only while the workflow runs', () => {
    expect(
      ['DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED'].filter(isLiveCampaignStatus),
    ).toEqual(['SCHEDULED', 'SENDING', 'PAUSED']);
  });

  it('labels known statuses and shows unknown ones as sent', () => {
    expect(campaignStatusLabel('sending')).toBe('Sending');
    expect(campaignStatusLabel('ARCHIVED')).toBe('ARCHIVED');
  });
});

describe('progressFigures', () => {
  it('counts sent, failed and skipped as done, of the audience', () => {
    // 10 sent, 1 failed, 3 skipped of 23; 4 opened, 1 clicked.
    const f = progressFigures(halfway());
    expect(f).toEqual({
      done: 14,
      total: 23,
      remaining: 9,
      percent: 60,
      openRate: 40,
      clickRate: 10,
    });
  });

  it('floors, so 100% only when every contact is done', () => {
    expect(progressFigures(progress({ audience: 1000, sent: 999, remaining: 1 })).percent).toBe(99);
    expect(progressFigures(progress({ audience: 1000, sent: 997, skipped: 3 })).percent).toBe(100);
  });

  it('never shows more than 100% when counts run ahead of the audience', () => {
    const f = progressFigures(progress({ audience: 5, sent: 6 }));
    expect(f.total).toBe(6);
    expect(f.percent).toBe(100);
  });

  it('is all zeros for an empty audience or no progress yet', () => {
    expect(progressFigures(null)).toEqual({
      done: 0,
      total: 0,
      remaining: 0,
      percent: 0,
      openRate: 0,
      clickRate: 0,
    });
    expect(progressFigures(progress({ audience: 0 })).percent).toBe(0);
  });
});

describe('finalSummary', () => {
  it('sums up an ended campaign and says nothing while it runs', () => {
    expect(finalSummary('SENT', progress({ sent: 20, skipped: 3 }))).toBe(
      'Campaign sent: 20 sent, 0 failed, 3 skipped.',
    );
    expect(finalSummary('CANCELLED', null)).toBe(
      'Campaign cancelled: 0 sent, 0 failed, 0 skipped.',
    );
    expect(finalSummary('SENDING', progress())).toBe('');
  });
});
