import { z } from 'zod';
import type { CourseInput, LessonInput, ModuleInput } from './api';
import { RELEASE_RULE_TYPES } from './api';
import { ruleFromForm } from './releaseRule';

const title = z.string().trim().min(1, 'Enter a title.').max(200, 'Use at most 200 characters.');

export const courseFormSchema = z.object({
  title,
  description: z.string().trim().max(5000, 'Use at most 5000 characters.').default(''),
}) satisfies z.ZodType<CourseInput>;

/**
 * A module's title and release rule from the module form. The rule's problems are named as the API
 * names them (`releaseRule.days`), so its answers and the form's checks mark the same fields.
 */
export const moduleFormSchema = z
  .object({
    // Checked with the rule below, so a missing title and a missing date show together.
    title: z.string().default(''),
    type: z.enum(RELEASE_RULE_TYPES, 'Choose when the module is released.'),
    days: z.string().default(''),
    time: z.string().default(''),
    date: z.string().default(''),
  })
  .transform((values, ctx): ModuleInput => {
    const titleResult = title.safeParse(values.title);
    if (!titleResult.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: titleResult.error.issues[0]!.message,
      });
    }
    const result = ruleFromForm(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.errors)) {
        ctx.addIssue({ code: 'custom', path: [field], message });
      }
    }
    if (!titleResult.success || !result.ok) return z.NEVER;
    return { title: titleResult.data, releaseRule: result.rule };
  });

/** A lesson is a text (Markdown or HTML) or an https video link, as the API accepts. */
export const lessonFormSchema = z
  .object({
    title,
    kind: z.enum(['CONTENT', 'VIDEO'], 'Choose what the lesson is.'),
    body: z.string().default(''),
    videoUrl: z.string().trim().default(''),
  })
  .transform((values, ctx): LessonInput => {
    if (values.kind === 'CONTENT') {
      if (!values.body.trim()) {
        ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write the lesson.' });
        return z.NEVER;
      }
      return { title: values.title, kind: 'CONTENT', body: values.body, videoUrl: null };
    }
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/i.test(values.videoUrl)) {
      ctx.addIssue({
        code: 'custom',
        path: ['videoUrl'],
        message: 'Enter the video’s address, starting with https://',
      });
      return z.NEVER;
    }
    return { title: values.title, kind: 'VIDEO', body: null, videoUrl: values.videoUrl };
  });

/** The text lesson a module added to a published course starts with. */
export const firstLessonSchema = z
  .object({
    lessonTitle: title,
    lessonBody: z.string().refine((body) => body.trim() !== '', 'Write the lesson.'),
  })
  .transform((values): LessonInput => ({
    title: values.lessonTitle,
    kind: 'CONTENT',
    body: values.lessonBody,
    videoUrl: null,
  }));

/** The browser's own time zone, the natural default for a student enrolled from it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, with `current` in it even when the list lacks it. */
export function timeZoneOptions(current: string): string[] {
  const supported =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set([...supported, 'UTC', current]);
  return [...zones].sort();
}

export const enrollFormSchema = z.object({
  studentName: z
    .string()
    .trim()
    .min(1, 'Enter the student’s name.')
    .max(200, 'Use at most 200 characters.'),
  studentEmail: z
    .string()
    .trim()
    .min(1, 'Enter the student’s email address.')
    .pipe(z.email('Enter an email address like name@example.com.')),
  timeZone: z.string().trim().min(1, 'Choose the student’s time zone.'),
});

/** Moves the item at `index` by `delta` places; the ids in their new order. */
export function moved(ids: string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (target < 0 || target >= ids.length) return ids;
  const result = [...ids];
  [result[index], result[target]] = [result[target]!, result[index]!];
  return result;
}
