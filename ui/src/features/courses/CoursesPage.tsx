import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadFailed } from '../../components/LoadFailed';
import { Pagination } from '../../components/Pagination';
import { Alert, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { courseKeys, coursesApi, COURSES_PAGE_SIZE, useCourses, type Course } from './api';
import { CourseStatusBadge } from './courseStatus';
import { coursesPath } from './paths';

/** How many students a course has: the total of a one-item page of its enrolments. */
function EnrollmentCount({ course }: { course: Course }) {
  const { workspaceId } = useWorkspaceSection();
  const query = useQuery({
    queryKey: courseKeys.enrollmentList(workspaceId, course.id, 'count'),
    queryFn: ({ signal }) =>
      coursesApi.enrollments(workspaceId, course.id, 'page=0&size=1', signal),
    enabled: course.status === 'PUBLISHED',
  });
  if (course.status !== 'PUBLISHED') return <span className="muted">—</span>;
  if (query.isError) return <span className="muted">Unknown</span>;
  const total = query.data?.total;
  return (
    <Link to={coursesPath(workspaceId, course.id, 'enrollments')}>
      {total === undefined ? '…' : `${total} ${total === 1 ? 'student' : 'students'}`}
    </Link>
  );
}

function CoursesTable({ courses }: { courses: Course[] }) {
  const { workspaceId } = useWorkspaceSection();
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="courses-title">
        <thead>
          <tr>
            <th scope="col">Course</th>
            <th scope="col">Status</th>
            <th scope="col">Modules</th>
            <th scope="col">Enrolments</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((course) => {
            const lessons = course.modules.reduce((sum, m) => sum + m.lessons.length, 0);
            return (
              <tr key={course.id}>
                <td data-label="Course">
                  <Link className="cell-strong" to={coursesPath(workspaceId, course.id)}>
                    {course.title}
                  </Link>
                  {course.description && (
                    <span className="cell-sub store-break">{course.description}</span>
                  )}
                </td>
                <td data-label="Status">
                  <CourseStatusBadge status={course.status} />
                </td>
                <td data-label="Modules">
                  {course.modules.length}
                  <span className="cell-sub">
                    {lessons} {lessons === 1 ? 'lesson' : 'lessons'}
                  </span>
                </td>
                <td data-label="Enrolments">
                  <EnrollmentCount course={course} />
                </td>
                <td data-label="Updated">
                  <time
                    dateTime={isoOrUndefined(course.updatedAt)}
                    title={formatDateTime(course.updatedAt)}
                  >
                    {formatRelative(course.updatedAt)}
                  </time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function CoursesPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Courses', workspace.name);
  const location = useLocation();
  const notice = (location.state as { flash?: string } | null)?.flash ?? '';
  const [page, setPage] = useState(0);
  const query = useCourses(workspaceId, page);
  const courses = query.data?.items ?? [];
  const newCourse = coursesPath(workspaceId, 'new');

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Courses"
        description="Courses released to each student module by module, on the rules you set."
        actions={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={newCourse}>
              New course
            </Link>
          ) : undefined
        }
      />
      <Alert tone="success">{notice}</Alert>
      <Card
        title="Courses"
        titleId="courses-title"
        description={
          query.data
            ? `${query.data.total} ${query.data.total === 1 ? 'course' : 'courses'}`
            : undefined
        }
      >
        {query.isPending ? (
          <SkeletonRows label="Loading courses…" />
        ) : query.isError ? (
          <LoadFailed what="the courses" error={query.error} onRetry={query.refetch} />
        ) : courses.length === 0 ? (
          <EmptyState
            icon="✎"
            title="No courses yet"
            action={
              permissions.canWrite ? (
                <Link className="btn btn-primary" to={newCourse}>
                  Create your first course
                </Link>
              ) : undefined
            }
          >
            A course holds modules of lessons. Each module opens to a student by its rule: at
            enrolment, some days after, on a date, or once the previous module is done.
          </EmptyState>
        ) : (
          <>
            <CoursesTable courses={courses} />
            <Pagination
              page={page}
              total={query.data.total}
              pageSize={COURSES_PAGE_SIZE}
              label="Pages of courses"
              onPage={setPage}
            />
          </>
        )}
      </Card>
    </>
  );
}
