import { createContext, useContext } from 'react';
import type { Workspace } from '../workspaces/api';
import type { Permissions } from '../workspaces/roles';

export interface CourseWorkspace {
  workspaceId: string;
  workspace: Workspace;
  permissions: Permissions;
}

export const CourseWorkspaceContext = createContext<CourseWorkspace | null>(null);

/** The workspace whose courses are open; the courses' routes provide it once loaded. */
export function useCourseWorkspace(): CourseWorkspace {
  const value = useContext(CourseWorkspaceContext);
  if (!value) throw new Error('useCourseWorkspace is used outside the course routes');
  return value;
}

/** `/workspaces/w1/courses/c1/enrollments` from `('w1', 'c1', 'enrollments')`. */
export function coursesPath(workspaceId: string, ...parts: string[]): string {
  return `/${['workspaces', workspaceId, 'courses', ...parts].map(encodeURIComponent).join('/')}`;
}
