import { errorMessage } from '../../api';
import { SkeletonRows } from '../../components/ui';
import { formatDateTime, isoOrUndefined } from '../../lib/format';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useEnrollment, type ModuleProgress } from './api';

import { describeRule } from './releaseRule';

/** Where a module stands for one student: released, due at an instant, or waiting. */
export function moduleState(module: ModuleProgress, status: string): string {
  if (module.releasedAt) return `Released ${formatDateTime(module.releasedAt)}`;
  if (status === 'UNENROLLED' || status === 'COMPLETED') return 'Not released';
  if (module.releaseAt) {
    return `Due ${formatDateTime(module.releaseAt)}${status === 'PAUSED' ? ' (paused)' : ''}`;
  }
  if (module.releaseRule?.type === 'AFTER_PREVIOUS_COMPLETED') {
    return 'Waits for the previous module to be completed';
  }
  return `Not released yet: ${describeRule(module.releaseRule).toLowerCase()}`;
}

/** Each module of one student's drip, as the running workflow sees it. */
export function EnrollmentSchedule({
  courseId,
  enrollmentId,
  id,
  label,
}: {
  courseId: string;
  enrollmentId: string;
  id: string;
  label: string;
}) {
  const { workspaceId } = useWorkspaceSection();
  const query = useEnrollment(workspaceId, courseId, enrollmentId);
  if (query.isPending) return <SkeletonRows rows={2} label="Loading the schedule…" />;
  if (!query.data) {
    return (
      <p className="cell-error" role="alert">
        Could not load the schedule: {errorMessage(query.error)}
      </p>
    );
  }
  const enrollment = query.data;
  const status = enrollment.liveStatus ?? enrollment.status;
  return (
    <ol className="course-schedule" id={id} aria-label={label}>
      {enrollment.modules.map((module) => (
        <li key={module.moduleId}>
          <span className="cell-strong">{module.title}</span>{' '}
          <time dateTime={isoOrUndefined(module.releasedAt ?? module.releaseAt)}>
            {moduleState(module, status)}
          </time>
          <span className="cell-sub">
            {module.lessonsCompleted} of {module.lessonsTotal} lessons done
            {module.completed ? ' · completed' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
