import { sectionPath } from '../workspaces/WorkspaceSection';

/** `/workspaces/w1/courses/c1/enrollments` from `('w1', 'c1', 'enrollments')`. */
export const coursesPath = sectionPath('courses');
