import { useMemo, type ReactNode } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { Card, EmptyState, SkeletonRows, Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { useCourse, type Course } from './api';
import { CourseEditorPage, NewCoursePage } from './CourseEditorPage';
import { CoursesPage } from './CoursesPage';
import {
  coursesPath,
  CourseWorkspaceContext,
  useCourseWorkspace,
  type CourseWorkspace,
} from './CourseWorkspace';
import { EnrollmentsPage } from './EnrollmentsPage';
// The store's form and dialog styles are the app's form styles; courses share them.
import '../store/store.css';
import './courses.css';

function BackToCourses() {
  const { workspaceId } = useCourseWorkspace();
  return (
    <p className="back-link">
      <Link to={coursesPath(workspaceId)}>← All courses</Link>
    </p>
  );
}

/** Loads the course of the URL and hands it to its page, or says why it cannot. */
function WithCourse({ children }: { children: (course: Course) => ReactNode }) {
  const { workspaceId } = useCourseWorkspace();
  const { courseId = '' } = useParams();
  const query = useCourse(workspaceId, courseId);
  if (!query.data) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <BackToCourses />
        {query.isPending ? (
          <Card title="Loading the course…">
            <SkeletonRows rows={6} label="Loading the course…" />
          </Card>
        ) : (
          <EmptyState
            icon="?"
            headingLevel={1}
            title={notFound ? 'This course does not exist' : 'Could not load this course'}
          >
            {notFound
              ? 'It may have been deleted, or belong to another workspace.'
              : errorMessage(query.error)}
          </EmptyState>
        )}
      </>
    );
  }
  return (
    <>
      <BackToCourses />
      {children(query.data)}
    </>
  );
}

function NewCourseRoute() {
  const { permissions } = useCourseWorkspace();
  return (
    <>
      <BackToCourses />
      {permissions.canWrite ? (
        <NewCoursePage />
      ) : (
        <EmptyState icon="🔒" title="Only editors can create courses" headingLevel={1}>
          You can see this workspace's courses; ask an owner or admin to make you an editor to
          create one.
        </EmptyState>
      )}
    </>
  );
}

function CoursePageNotFound() {
  const { workspaceId } = useCourseWorkspace();
  return (
    <EmptyState
      icon="?"
      title="Page not found"
      headingLevel={1}
      action={
        <Link to={coursesPath(workspaceId)} className="btn btn-primary">
          Go to the courses
        </Link>
      }
    >
      The address may be mistyped.
    </EmptyState>
  );
}

/** The courses of the workspace in the URL: the list, the editor and each course's students. */
export function CoursesRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  const value = useMemo<CourseWorkspace | null>(
    () => (workspace ? { workspaceId, workspace, permissions } : null),
    [workspaceId, workspace, permissions],
  );
  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!value) return <WorkspaceUnavailable error={error} />;
  return (
    <CourseWorkspaceContext.Provider value={value}>
      <Routes>
        <Route index element={<CoursesPage />} />
        <Route path="new" element={<NewCourseRoute />} />
        <Route
          path=":courseId"
          element={
            <WithCourse>
              {(course) => <CourseEditorPage key={course.id} course={course} />}
            </WithCourse>
          }
        />
        <Route
          path=":courseId/enrollments"
          element={
            <WithCourse>
              {(course) => <EnrollmentsPage key={course.id} course={course} />}
            </WithCourse>
          }
        />
        <Route path="*" element={<CoursePageNotFound />} />
      </Routes>
    </CourseWorkspaceContext.Provider>
  );
}
