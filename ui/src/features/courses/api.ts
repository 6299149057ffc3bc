import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api';
import { idSchema, instantSchema, pageSchema, segment } from '../../api/schemas';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

export const RELEASE_RULE_TYPES = [
  'IMMEDIATE',
  'DAYS_AFTER_ENROLLMENT',
  'FIXED_DATE',
  'AFTER_PREVIOUS_COMPLETED',
] as const;
export type ReleaseRuleType = (typeof RELEASE_RULE_TYPES)[number];

export const releaseRuleSchema = z.object({
  type: z.enum(RELEASE_RULE_TYPES),
  days: z.number().int().nullish(),
  time: z.string().nullish(),
  date: z.string().nullish(),
});
export type ReleaseRule = z.infer<typeof releaseRuleSchema>;

export const LESSON_KINDS = ['CONTENT', 'VIDEO'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const lessonSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.enum(LESSON_KINDS),
  body: optionalText,
  videoUrl: optionalText,
});
export type Lesson = z.infer<typeof lessonSchema>;

export const moduleSchema = z.object({
  id: idSchema,
  title: z.string(),
  releaseRule: releaseRuleSchema.nullish(),
  lessons: z
    .array(lessonSchema)
    .nullish()
    .transform((lessons) => lessons ?? []),
});
export type CourseModule = z.infer<typeof moduleSchema>;

export const courseSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: optionalText,
  /** DRAFT or PUBLISHED. */
  status: z.string(),
  modules: z
    .array(moduleSchema)
    .nullish()
    .transform((modules) => modules ?? []),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  publishedAt: instantSchema,
});
export type Course = z.infer<typeof courseSchema>;

const coursePageSchema = pageSchema(courseSchema);

export const moduleProgressSchema = z.object({
  moduleId: idSchema,
  title: z.string(),
  releaseRule: releaseRuleSchema.nullish(),
  releaseAt: instantSchema,
  releasedAt: instantSchema,
  completed: z.boolean(),
  lessonsCompleted: z.number().int(),
  lessonsTotal: z.number().int(),
});
export type ModuleProgress = z.infer<typeof moduleProgressSchema>;

export const ENROLLMENT_STATUSES = ['ACTIVE', 'PAUSED', 'COMPLETED', 'UNENROLLED'] as const;

export const enrollmentSchema = z.object({
  id: idSchema,
  courseId: idSchema,
  studentEmail: z.string(),
  studentName: z.string(),
  timeZone: z.string(),
  /** ACTIVE, PAUSED, COMPLETED or UNENROLLED; kept open so a new status cannot break the page. */
  status: z.string(),
  /** What the drip workflow says right now; null in lists and once it ended. */
  liveStatus: z.string().nullish(),
  enrolledAt: instantSchema,
  completedAt: instantSchema,
  pausedAt: instantSchema,
  pausedMillis: z.number().nullish(),
  modules: z
    .array(moduleProgressSchema)
    .nullish()
    .transform((modules) => modules ?? []),
});
export type Enrollment = z.infer<typeof enrollmentSchema>;

const enrollmentPageSchema = pageSchema(enrollmentSchema);

export interface CourseInput {
  title: string;
  description: string;
}

export interface LessonInput {
  title: string;
  kind: LessonKind;
  body: string | null;
  videoUrl: string | null;
}

export interface ModuleInput {
  title: string;
  releaseRule: ReleaseRule;
  lessons?: LessonInput[];
}

export interface EnrollInput {
  studentName: string;
  studentEmail: string;
  timeZone: string;
}

/** The student's side, read with the signed token of the mailed link. */
export const learnLessonSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.enum(LESSON_KINDS),
  completed: z.boolean(),
});

export const learnModuleSchema = z.object({
  id: idSchema,
  title: z.string(),
  releasedAt: instantSchema,
  completed: z.boolean(),
  lessons: z.array(learnLessonSummarySchema),
});

export const learnOutlineSchema = z.object({
  courseTitle: z.string(),
  courseDescription: optionalText,
  studentName: optionalText,
  status: z.string(),
  modules: z.array(learnModuleSchema),
  modulesNotYetReleased: z.number().int(),
});
export type LearnOutline = z.infer<typeof learnOutlineSchema>;

export const learnLessonSchema = z.object({
  id: idSchema,
  moduleId: idSchema,
  title: z.string(),
  kind: z.enum(LESSON_KINDS),
  body: optionalText,
  videoUrl: optionalText,
  completed: z.boolean(),
});
export type LearnLesson = z.infer<typeof learnLessonSchema>;

export const COURSES_PAGE_SIZE = 50;
export const ENROLLMENTS_PAGE_SIZE = 20;
/** Enrolments move on their own (releases, completions): the list is re-read while shown. */
export const ENROLLMENTS_POLL_MS = 5000;

export const courseKeys = {
  all: (workspaceId: string) => ['courses', workspaceId] as const,
  list: (workspaceId: string, page: number) =>
    [...courseKeys.all(workspaceId), 'list', page] as const,
  course: (workspaceId: string, courseId: string) =>
    [...courseKeys.all(workspaceId), 'course', courseId] as const,
  enrollments: (workspaceId: string, courseId: string) =>
    [...courseKeys.course(workspaceId, courseId), 'enrollments'] as const,
  enrollmentList: (workspaceId: string, courseId: string, query: string) =>
    [...courseKeys.enrollments(workspaceId, courseId), query] as const,
  learn: (token: string) => ['learn', token] as const,
  learnLesson: (token: string, lessonId: string) => ['learn', token, lessonId] as const,
};

const COURSES = '/api/courses';
const coursePath = (courseId: string) => `${COURSES}/${segment(courseId)}`;
const modulePath = (courseId: string, moduleId: string) =>
  `${coursePath(courseId)}/modules/${segment(moduleId)}`;
const lessonPath = (courseId: string, moduleId: string, lessonId: string) =>
  `${modulePath(courseId, moduleId)}/lessons/${segment(lessonId)}`;
const enrollmentsPath = (courseId: string) => `${coursePath(courseId)}/enrollments`;
const enrollmentPath = (courseId: string, enrollmentId: string) =>
  `${enrollmentsPath(courseId)}/${segment(enrollmentId)}`;
const learnPath = (token: string) => `${COURSES}/learn/${segment(token)}`;

export type EnrollmentAction = 'pause' | 'resume' | 'release-all' | 'unenroll';

export const coursesApi = {
  list: (workspaceId: string, page: number, signal?: AbortSignal) =>
    api.get(`${COURSES}?page=${page}&size=${COURSES_PAGE_SIZE}`, {
      schema: coursePageSchema,
      workspaceId,
      signal,
    }),
  get: (workspaceId: string, courseId: string, signal?: AbortSignal) =>
    api.get(coursePath(courseId), { schema: courseSchema, workspaceId, signal }),
  create: (workspaceId: string, input: CourseInput) =>
    api.post(COURSES, input, { schema: courseSchema, workspaceId }),
  update: (workspaceId: string, courseId: string, input: CourseInput) =>
    api.put(coursePath(courseId), input, { schema: courseSchema, workspaceId }),
  remove: (workspaceId: string, courseId: string) =>
    api.delete(coursePath(courseId), { workspaceId }),
  publish: (workspaceId: string, courseId: string) =>
    api.post(`${coursePath(courseId)}/publish`, undefined, { schema: courseSchema, workspaceId }),

  addModule: (workspaceId: string, courseId: string, input: ModuleInput) =>
    api.post(`${coursePath(courseId)}/modules`, input, { schema: courseSchema, workspaceId }),
  updateModule: (workspaceId: string, courseId: string, moduleId: string, input: ModuleInput) =>
    api.put(modulePath(courseId, moduleId), input, { schema: courseSchema, workspaceId }),
  deleteModule: (workspaceId: string, courseId: string, moduleId: string) =>
    api.delete(modulePath(courseId, moduleId), { schema: courseSchema, workspaceId }),
  reorderModules: (workspaceId: string, courseId: string, ids: string[]) =>
    api.post(
      `${coursePath(courseId)}/modules/reorder`,
      { ids },
      { schema: courseSchema, workspaceId },
    ),

  addLesson: (workspaceId: string, courseId: string, moduleId: string, input: LessonInput) =>
    api.post(`${modulePath(courseId, moduleId)}/lessons`, input, {
      schema: courseSchema,
      workspaceId,
    }),
  updateLesson: (
    workspaceId: string,
    courseId: string,
    moduleId: string,
    lessonId: string,
    input: LessonInput,
  ) =>
    api.put(lessonPath(courseId, moduleId, lessonId), input, { schema: courseSchema, workspaceId }),
  deleteLesson: (workspaceId: string, courseId: string, moduleId: string, lessonId: string) =>
    api.delete(lessonPath(courseId, moduleId, lessonId), { schema: courseSchema, workspaceId }),
  reorderLessons: (workspaceId: string, courseId: string, moduleId: string, ids: string[]) =>
    api.post(
      `${modulePath(courseId, moduleId)}/lessons/reorder`,
      { ids },
      { schema: courseSchema, workspaceId },
    ),

  enrollments: (workspaceId: string, courseId: string, query: string, signal?: AbortSignal) =>
    api.get(`${enrollmentsPath(courseId)}?${query}`, {
      schema: enrollmentPageSchema,
      workspaceId,
      signal,
    }),
  enrollment: (workspaceId: string, courseId: string, enrollmentId: string, signal?: AbortSignal) =>
    api.get(enrollmentPath(courseId, enrollmentId), {
      schema: enrollmentSchema,
      workspaceId,
      signal,
    }),
  enroll: (workspaceId: string, courseId: string, input: EnrollInput) =>
    api.post(enrollmentsPath(courseId), input, { schema: enrollmentSchema, workspaceId }),
  act: (workspaceId: string, courseId: string, enrollmentId: string, action: EnrollmentAction) =>
    action === 'unenroll'
      ? api.delete(enrollmentPath(courseId, enrollmentId), {
          schema: enrollmentSchema,
          workspaceId,
        })
      : api.post(`${enrollmentPath(courseId, enrollmentId)}/${action}`, undefined, {
          schema: enrollmentSchema,
          workspaceId,
        }),

  learn: (token: string, signal?: AbortSignal) =>
    api.get(learnPath(token), { auth: false, schema: learnOutlineSchema, signal }),
  learnLesson: (token: string, lessonId: string, signal?: AbortSignal) =>
    api.get(`${learnPath(token)}/lessons/${segment(lessonId)}`, {
      auth: false,
      schema: learnLessonSchema,
      signal,
    }),
  completeLesson: (token: string, lessonId: string) =>
    api.post(`${learnPath(token)}/lessons/${segment(lessonId)}/complete`, undefined, {
      auth: false,
      schema: learnLessonSchema,
    }),
};

export function useCourses(workspaceId: string, page: number) {
  return useQuery({
    queryKey: courseKeys.list(workspaceId, page),
    queryFn: ({ signal }) => coursesApi.list(workspaceId, page, signal),
    enabled: Boolean(workspaceId),
    placeholderData: keepPreviousData,
  });
}

export function useCourse(workspaceId: string, courseId: string) {
  return useQuery({
    queryKey: courseKeys.course(workspaceId, courseId),
    queryFn: ({ signal }) => coursesApi.get(workspaceId, courseId, signal),
    enabled: Boolean(workspaceId && courseId),
  });
}

/**
 * Any change to a course (create, rename, modules, lessons, publish): the API answers with the
 * whole course, which replaces the cached one; the list is read again for its counts.
 */
export function useCourseMutation<TVariables>(
  workspaceId: string,
  action: (variables: TVariables) => Promise<Course>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (course) => {
      queryClient.setQueryData(courseKeys.course(workspaceId, course.id), course);
      return queryClient.invalidateQueries({
        queryKey: [...courseKeys.all(workspaceId), 'list'],
      });
    },
  });
}

export function useDeleteCourse(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string) => coursesApi.remove(workspaceId, courseId),
    onSuccess: (_, courseId) => {
      // Not read again: it is gone, and its page is being left.
      queryClient.removeQueries({ queryKey: courseKeys.course(workspaceId, courseId) });
      return queryClient.invalidateQueries({
        queryKey: [...courseKeys.all(workspaceId), 'list'],
      });
    },
  });
}

export function useEnrollments(workspaceId: string, courseId: string, query: string) {
  return useQuery({
    queryKey: courseKeys.enrollmentList(workspaceId, courseId, query),
    queryFn: ({ signal }) => coursesApi.enrollments(workspaceId, courseId, query, signal),
    enabled: Boolean(workspaceId && courseId),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: ENROLLMENTS_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** One enrolment with its drip's live view (when each module is due), re-read while shown. */
export function useEnrollment(workspaceId: string, courseId: string, enrollmentId: string) {
  return useQuery({
    queryKey: [...courseKeys.enrollments(workspaceId, courseId), 'detail', enrollmentId],
    queryFn: ({ signal }) => coursesApi.enrollment(workspaceId, courseId, enrollmentId, signal),
    staleTime: 0,
    refetchInterval: ENROLLMENTS_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** Enrols a student or acts on an enrolment; the course's enrolments are read again after. */
export function useEnrollmentMutation<TVariables>(
  workspaceId: string,
  courseId: string,
  action: (variables: TVariables) => Promise<Enrollment>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: courseKeys.enrollments(workspaceId, courseId) }),
  });
}

export function useLearnOutline(token: string) {
  return useQuery({
    queryKey: courseKeys.learn(token),
    queryFn: ({ signal }) => coursesApi.learn(token, signal),
    enabled: Boolean(token),
  });
}

export function useLearnLesson(token: string, lessonId: string) {
  return useQuery({
    queryKey: courseKeys.learnLesson(token, lessonId),
    queryFn: ({ signal }) => coursesApi.learnLesson(token, lessonId, signal),
    enabled: Boolean(token && lessonId),
  });
}

/** Marks a lesson done; the lesson and the outline (ticks, module completion) are read again. */
export function useCompleteLesson(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) => coursesApi.completeLesson(token, lessonId),
    onSuccess: (lesson) => {
      queryClient.setQueryData(courseKeys.learnLesson(token, lesson.id), lesson);
      return queryClient.invalidateQueries({ queryKey: courseKeys.learn(token), exact: true });
    },
  });
}
