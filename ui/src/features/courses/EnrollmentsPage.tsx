import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LoadFailed } from '../../components/LoadFailed';
import { Pagination } from '../../components/Pagination';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  PageHeader,
  SelectField,
  SkeletonRows,
} from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import {
  coursesApi,
  ENROLLMENT_STATUSES,
  ENROLLMENTS_PAGE_SIZE,
  useEnrollmentMutation,
  useEnrollments,
  type Course,
  type Enrollment,
  type EnrollmentAction,
} from './api';
import { EnrollmentStatusBadge, enrollmentStatusLabel } from './courseStatus';
import { coursesPath } from './paths';
import { EnrollForm } from './EnrollForm';
import { EnrollmentSchedule } from './EnrollmentSchedule';
import { actionsFor, progressOf } from './enrollmentProgress';

const actionDone: Record<EnrollmentAction, (name: string) => string> = {
  pause: (name) => `${name}'s course is paused: nothing is released until it resumes.`,
  resume: (name) => `${name}'s course resumed; releases still to come moved by the pause.`,
  'release-all': (name) => `Every module was released to ${name}.`,
  unenroll: (name) => `${name} was unenrolled: their link no longer opens the course.`,
};

function EnrollmentActions({
  course,
  enrollment,
  onDone,
}: {
  course: Course;
  enrollment: Enrollment;
  onDone: (message: string) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  const act = useEnrollmentMutation(workspaceId, course.id, (action: EnrollmentAction) =>
    coursesApi.act(workspaceId, course.id, enrollment.id, action),
  );
  const run = (action: EnrollmentAction) =>
    act.mutate(action, { onSuccess: () => onDone(actionDone[action](enrollment.studentName)) });
  const name = enrollment.studentName;
  const actions = actionsFor(enrollment);
  if (actions.length === 0) return <span className="muted">—</span>;
  return (
    <>
      <span className="confirm-group">
        {actions.includes('pause') && (
          <Button
            variant="secondary"
            size="sm"
            busy={act.isPending && act.variables === 'pause'}
            aria-label={`Pause ${name}`}
            onClick={() => run('pause')}
          >
            Pause
          </Button>
        )}
        {actions.includes('resume') && (
          <Button
            variant="secondary"
            size="sm"
            busy={act.isPending && act.variables === 'resume'}
            aria-label={`Resume ${name}`}
            onClick={() => run('resume')}
          >
            Resume
          </Button>
        )}
        {actions.includes('release-all') && (
          <ConfirmButton
            confirmLabel={`Release everything to ${name}`}
            description={`Release everything now to ${name}`}
            busy={act.isPending && act.variables === 'release-all'}
            onConfirm={() => run('release-all')}
          >
            Release everything now
          </ConfirmButton>
        )}
        <ConfirmButton
          confirmLabel={`Unenrol ${name}`}
          description={`Unenrol ${name}`}
          busy={act.isPending && act.variables === 'unenroll'}
          onConfirm={() => run('unenroll')}
        >
          Unenrol
        </ConfirmButton>
      </span>
      {act.error && (
        <p className="cell-error" role="alert">
          {errorMessage(act.error)}
        </p>
      )}
    </>
  );
}

function ProgressCell({ enrollment }: { enrollment: Enrollment }) {
  const p = progressOf(enrollment);
  return (
    <span>
      <span>
        {p.modulesReleased} of {p.modulesTotal} modules released
      </span>
      <span className="cell-sub">
        {p.lessonsCompleted} of {p.lessonsTotal} lessons done · {p.modulesCompleted}{' '}
        {p.modulesCompleted === 1 ? 'module' : 'modules'} completed
      </span>
      <progress
        className="course-progress"
        max={Math.max(1, p.lessonsTotal)}
        value={p.lessonsCompleted}
        aria-label={`Lessons done by ${enrollment.studentName}`}
      />
    </span>
  );
}

function ScheduleToggle({ courseId, enrollment }: { courseId: string; enrollment: Enrollment }) {
  const [open, setOpen] = useState(false);
  const id = `schedule-${enrollment.id}`;
  const label = `Schedule of ${enrollment.studentName}`;
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={label}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Hide schedule' : 'Schedule'}
      </Button>
      {open && (
        <EnrollmentSchedule
          courseId={courseId}
          enrollmentId={enrollment.id}
          id={id}
          label={label}
        />
      )}
    </>
  );
}

function EnrollmentsTable({
  course,
  enrollments,
  canWrite,
  onDone,
}: {
  course: Course;
  enrollments: Enrollment[];
  canWrite: boolean;
  onDone: (message: string) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="enrollments-title">
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">Enrolled</th>
            {canWrite && (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {enrollments.map((enrollment) => (
            <tr key={enrollment.id}>
              <td data-label="Student">
                <span className="cell-strong">{enrollment.studentName}</span>
                <span className="cell-sub store-break">{enrollment.studentEmail}</span>
                <span className="cell-sub">{enrollment.timeZone}</span>
              </td>
              <td data-label="Status">
                <EnrollmentStatusBadge status={enrollment.status} />
              </td>
              <td data-label="Progress">
                <ProgressCell enrollment={enrollment} />
                <ScheduleToggle courseId={course.id} enrollment={enrollment} />
              </td>
              <td data-label="Enrolled">
                <time
                  dateTime={isoOrUndefined(enrollment.enrolledAt)}
                  title={formatDateTime(enrollment.enrolledAt)}
                >
                  {formatRelative(enrollment.enrolledAt)}
                </time>
              </td>
              {canWrite && (
                <td data-label="Actions" className="cell-actions">
                  <EnrollmentActions course={course} enrollment={enrollment} onDone={onDone} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const statusOptions = [
  { value: '', label: 'All statuses' },
  ...ENROLLMENT_STATUSES.map((status) => ({ value: status, label: enrollmentStatusLabel(status) })),
];

/** The students of a published course, their progress and what can be done with each. */
export function EnrollmentsPage({ course }: { course: Course }) {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle(`Students of ${course.title}`, workspace.name);
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const [notice, setNotice] = useState('');
  const query = useEnrollments(
    workspaceId,
    course.id,
    `${status ? `status=${status}&` : ''}page=${page}&size=${ENROLLMENTS_PAGE_SIZE}`,
  );
  const enrollments = query.data?.items ?? [];
  const published = course.status === 'PUBLISHED';

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title={`Students of ${course.title}`}
        description="Each student receives the modules on their own schedule; pause it, resume it, release everything at once or end it."
        actions={
          <Link className="btn btn-secondary" to={coursesPath(workspaceId, course.id)}>
            Edit the course
          </Link>
        }
      />
      <Alert tone="success">{notice}</Alert>
      {permissions.canWrite && (
        <Card title="Enrol a student" titleId="enroll-title">
          {published ? (
            <EnrollForm courseId={course.id} onEnrolled={setNotice} />
          ) : (
            <p className="muted">Publish the course first: a draft takes no students.</p>
          )}
        </Card>
      )}
      <Card
        title="Students"
        titleId="enrollments-title"
        description={
          query.data
            ? `${query.data.total} ${query.data.total === 1 ? 'enrolment' : 'enrolments'}`
            : undefined
        }
      >
        <div className="store-filters">
          <SelectField
            label="Status"
            name="status"
            value={status}
            options={statusOptions}
            onChange={(event) => {
              setStatus(event.target.value);
              setPage(0);
            }}
          />
        </div>
        {query.isPending ? (
          <SkeletonRows label="Loading the students…" />
        ) : query.isError ? (
          <LoadFailed what="the students" error={query.error} onRetry={query.refetch} />
        ) : enrollments.length === 0 ? (
          <EmptyState icon="☺" title={status ? 'No student with this status' : 'No students yet'}>
            Enrolled students appear here with their progress.
          </EmptyState>
        ) : (
          <>
            <EnrollmentsTable
              course={course}
              enrollments={enrollments}
              canWrite={permissions.canWrite}
              onDone={setNotice}
            />
            <Pagination
              page={page}
              total={query.data.total}
              pageSize={ENROLLMENTS_PAGE_SIZE}
              label="Pages of students"
              onPage={setPage}
            />
          </>
        )}
      </Card>
    </>
  );
}
