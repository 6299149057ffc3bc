import type { ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { PageNotFound } from '../../components/PageNotFound';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import { EditorsOnly } from '../workspaces/EditorsOnly';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useCourse, type Course } from './api';
import { CourseEditorPage, NewCoursePage } from './CourseEditorPage';
import { CoursesPage } from './CoursesPage';
import { coursesPath } from './paths';
import { EnrollmentsPage } from './EnrollmentsPage';
// The store's form and dialog styles are the app's form styles; courses share them.
import '../store/store.css';
import './courses.css';

function BackToCourses() {
  const { workspaceId } = useWorkspaceSection();
  return <BackLink to={coursesPath(workspaceId)}>All courses</BackLink>;
}

/** Loads the course of the URL and hands it to its page, or says why it cannot. */
function WithCourse({ children }: { children: (course: Course) => ReactNode }) {
  const { workspaceId } = useWorkspaceSection();
  const { courseId = '' } = useParams();
  const query = useCourse(workspaceId, courseId);
  return (
    <>
      <BackToCourses />
      {query.data ? children(query.data) : <RecordUnavailable query={query} noun="course" />}
    </>
  );
}

/** The courses of the workspace in the URL: the list, the editor and each course's students. */
export function CoursesRoutes() {
  const { workspaceId } = useWorkspaceSection();
  return (
    <Routes>
      <Route index element={<CoursesPage />} />
      <Route
        path="new"
        element={
          <>
            <BackToCourses />
            <EditorsOnly
              title="Only editors can create courses"
              why="You can see this workspace's courses; ask an owner or admin to make you an editor to create one."
            >
              <NewCoursePage />
            </EditorsOnly>
          </>
        }
      />
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
          <WithCourse>{(course) => <EnrollmentsPage key={course.id} course={course} />}</WithCourse>
        }
      />
      <Route
        path="*"
        element={<PageNotFound to={coursesPath(workspaceId)} label="Go to the courses" />}
      />
    </Routes>
  );
}
