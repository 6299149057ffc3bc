import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '../../lib/forms';
import { enrollFormSchema, lessonFormSchema, moduleFormSchema, moved } from './courseForms';
import { actionsFor } from './enrollmentProgress';
import { enrollmentSchema } from './api';
import { enrollment } from './courseFixtures';

describe('course forms', () => {
  it('makes a module request from the form', () => {
    expect(
      moduleFormSchema.parse({
        title: ' Light ',
        type: 'DAYS_AFTER_ENROLLMENT',
        days: '7',
        time: '',
      }),
    ).toEqual({
      title: 'Light',
      releaseRule: { type: 'DAYS_AFTER_ENROLLMENT', days: 7, time: '09:00' },
    });
  });

  it('puts a rule problem on the field the API names', () => {
    const parsed = moduleFormSchema.safeParse({ title: '', type: 'FIXED_DATE', date: '' });
    expect(parsed.success).toBe(false);
    expect(zodFieldErrors(parsed.error!)).toEqual({
      title: 'Enter a title.',
      'releaseRule.date': 'Choose a date.',
    });
  });

  it('asks a text lesson for its body and a video lesson for an https link', () => {
    expect(
      lessonFormSchema.parse({ title: 'Grip', kind: 'CONTENT', body: 'Both hands', videoUrl: 'x' }),
    ).toEqual({ title: 'Grip', kind: 'CONTENT', body: 'Both hands', videoUrl: null });
    expect(
      lessonFormSchema.parse({
        title: 'Film',
        kind: 'VIDEO',
        body: 'x',
        videoUrl: 'https://v.example/1',
      }),
    ).toEqual({ title: 'Film', kind: 'VIDEO', body: null, videoUrl: 'https://v.example/1' });
    const http = lessonFormSchema.safeParse({
      title: 'Film',
      kind: 'VIDEO',
      videoUrl: 'http://v.example/1',
    });
    expect(zodFieldErrors(http.error!)).toHaveProperty('videoUrl');
    const empty = lessonFormSchema.safeParse({ title: 'Grip', kind: 'CONTENT', body: '  ' });
    expect(zodFieldErrors(empty.error!)).toEqual({ body: 'Write the lesson.' });
  });

  it('checks the student before enrolling', () => {
    const parsed = enrollFormSchema.safeParse({
      studentName: '',
      studentEmail: 'nope',
      timeZone: 'UTC',
    });
    expect(Object.keys(zodFieldErrors(parsed.error!))).toEqual(['studentName', 'studentEmail']);
  });

  it('moves an id up or down, never out of the list', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('enrolment actions', () => {
  const of = (overrides: Record<string, unknown>) => enrollmentSchema.parse(enrollment(overrides));

  it('offers what the drip accepts in each status', () => {
    expect(actionsFor(of({ status: 'ACTIVE' }))).toEqual(['pause', 'release-all', 'unenroll']);
    expect(actionsFor(of({ status: 'PAUSED' }))).toEqual(['resume', 'release-all', 'unenroll']);
    expect(actionsFor(of({ status: 'COMPLETED' }))).toEqual([]);
    expect(actionsFor(of({ status: 'UNENROLLED' }))).toEqual([]);
  });

  it('offers no release-all once everything is out', () => {
    const all = of({});
    all.modules.forEach((m) => (m.releasedAt = '2030-01-01T00:00:00Z'));
    expect(actionsFor(all)).toEqual(['pause', 'unenroll']);
  });
});
