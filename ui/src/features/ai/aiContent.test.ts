import { describe, expect, it } from 'vitest';
import {
  dollars,
  dollarsToCents,
  draftFields,
  draftToText,
  isFinalStatus,
  targetsFor,
  textToDraft,
} from './aiContent';

describe('AI content helpers', () => {
  it('offers each kind only the targets the server accepts for it', () => {
    expect(targetsFor('EMAIL')).toEqual(['NONE', 'CAMPAIGN_DRAFT']);
    expect(targetsFor('LESSON_OUTLINE')).toEqual(['NONE', 'COURSE_LESSON']);
    expect(targetsFor('SEO')).toEqual(['NONE']);
  });

  it('turns an outline into lines and back, dropping blank lines', () => {
    const draft = { title: 'Glazes', sections: ['Why glaze', 'Mixing'] };
    expect(draftToText(draft, 'sections')).toBe('Why glaze\nMixing');
    expect(
      textToDraft('LESSON_OUTLINE', { title: ' Glazes ', sections: 'Why glaze\n\n Mixing \n' }),
    ).toEqual(draft);
    expect(draftFields('EMAIL')).toEqual(['subject', 'body']);
  });

  it('shows costs in dollars and reads budgets in cents', () => {
    expect(dollars(1_250_000)).toBe('$1.25');
    expect(dollars(300)).toBe('<$0.01');
    expect(dollars(0)).toBe('$0.00');
    expect(dollarsToCents('12.50')).toBe(1250);
    expect(dollarsToCents('')).toBeNull();
    expect(dollarsToCents('ten')).toBeUndefined();
  });

  it('knows which statuses end the process', () => {
    expect(isFinalStatus('PUBLISHED')).toBe(true);
    expect(isFinalStatus('AWAITING_APPROVAL')).toBe(false);
  });
});
