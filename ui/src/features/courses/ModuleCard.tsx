import { useState } from 'react';
import { errorMessage } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Badge, Button } from '../../components/ui';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import {
  coursesApi,
  useCourseMutation,
  type Course,
  type CourseModule,
  type Lesson,
  type LessonInput,
  type ModuleInput,
} from './api';
import { moved } from './courseForms';

import { LessonForm } from './LessonForm';
import { ModuleForm } from './ModuleForm';
import { describeRule } from './releaseRule';

function MoveButtons({
  name,
  index,
  count,
  busy,
  onMove,
}: {
  name: string;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        disabled={index === 0 || busy}
        aria-label={`Move ${name} up`}
        onClick={() => onMove(-1)}
      >
        ↑
      </Button>
      <Button
        variant="ghost"
        size="sm"
        disabled={index === count - 1 || busy}
        aria-label={`Move ${name} down`}
        onClick={() => onMove(1)}
      >
        ↓
      </Button>
    </>
  );
}

function LessonRow({
  course,
  module,
  lesson,
  index,
  canWrite,
}: {
  course: Course;
  module: CourseModule;
  lesson: Lesson;
  index: number;
  canWrite: boolean;
}) {
  const { workspaceId } = useWorkspaceSection();
  const [editing, setEditing] = useState(false);
  const save = useCourseMutation(workspaceId, (input: LessonInput) =>
    coursesApi.updateLesson(workspaceId, course.id, module.id, lesson.id, input),
  );
  const remove = useCourseMutation(workspaceId, () =>
    coursesApi.deleteLesson(workspaceId, course.id, module.id, lesson.id),
  );
  const reorder = useCourseMutation(workspaceId, (ids: string[]) =>
    coursesApi.reorderLessons(workspaceId, course.id, module.id, ids),
  );
  const ids = module.lessons.map((l) => l.id);
  const error = remove.error ?? reorder.error;

  if (editing) {
    return (
      <li className="course-lesson">
        <LessonForm
          lesson={lesson}
          submitLabel="Save lesson"
          onSave={(input) => save.mutateAsync(input).then(() => setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="course-lesson">
      <span className="course-lesson-title">
        <Badge tone={lesson.kind === 'VIDEO' ? 'accent' : 'neutral'}>
          {lesson.kind === 'VIDEO' ? 'Video' : 'Text'}
        </Badge>{' '}
        {lesson.title}
      </span>
      {canWrite && (
        <span className="confirm-group">
          <MoveButtons
            name={lesson.title}
            index={index}
            count={ids.length}
            busy={reorder.isPending}
            onMove={(delta) => reorder.mutate(moved(ids, index, delta))}
          />
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Edit ${lesson.title}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </Button>
          <ConfirmButton
            confirmLabel={`Delete ${lesson.title}`}
            description={`Delete lesson ${lesson.title}`}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(undefined)}
          >
            Delete
          </ConfirmButton>
        </span>
      )}
      {error && (
        <p className="cell-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
    </li>
  );
}

/** One module of the editor: its rule, its lessons in order, and the forms to change them. */
export function ModuleCard({
  course,
  module,
  index,
  problems,
}: {
  course: Course;
  module: CourseModule;
  index: number;
  problems: string[];
}) {
  const { workspaceId, permissions } = useWorkspaceSection();
  const canWrite = permissions.canWrite;
  const [editing, setEditing] = useState(false);
  const [addingLesson, setAddingLesson] = useState(false);
  const ids = course.modules.map((m) => m.id);
  const save = useCourseMutation(workspaceId, (input: ModuleInput) =>
    coursesApi.updateModule(workspaceId, course.id, module.id, input),
  );
  const addLesson = useCourseMutation(workspaceId, (input: LessonInput) =>
    coursesApi.addLesson(workspaceId, course.id, module.id, input),
  );
  const remove = useCourseMutation(workspaceId, () =>
    coursesApi.deleteModule(workspaceId, course.id, module.id),
  );
  const reorder = useCourseMutation(workspaceId, (order: string[]) =>
    coursesApi.reorderModules(workspaceId, course.id, order),
  );
  const headingId = `module-${module.id}-title`;
  const error = remove.error ?? reorder.error;

  return (
    <li className="course-module">
      <section aria-labelledby={headingId}>
        <div className="course-module-header">
          <div>
            <h3 id={headingId} className="course-module-title">
              Module {index + 1}: {module.title}
            </h3>
            <p className="muted small">Released: {describeRule(module.releaseRule)}</p>
          </div>
          {canWrite && !editing && (
            <span className="confirm-group">
              <MoveButtons
                name={module.title}
                index={index}
                count={ids.length}
                busy={reorder.isPending}
                onMove={(delta) => reorder.mutate(moved(ids, index, delta))}
              />
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Edit module ${module.title}`}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
              <ConfirmButton
                confirmLabel={`Delete ${module.title}`}
                description={`Delete module ${module.title}`}
                busy={remove.isPending}
                onConfirm={() => remove.mutate(undefined)}
              >
                Delete
              </ConfirmButton>
            </span>
          )}
        </div>
        {problems.length > 0 && (
          <ul className="course-problems" aria-label={`Problems of module ${index + 1}`}>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {error && (
          <p className="cell-error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        {editing && (
          <ModuleForm
            module={module}
            isFirst={index === 0}
            submitLabel="Save module"
            onSave={(input) => save.mutateAsync(input).then(() => setEditing(false))}
            onCancel={() => setEditing(false)}
          />
        )}
        {module.lessons.length === 0 ? (
          <p className="muted">
            No lessons yet: a module needs one before the course is published.
          </p>
        ) : (
          <ol className="course-lessons" aria-label={`Lessons of ${module.title}`}>
            {module.lessons.map((lesson, lessonIndex) => (
              <LessonRow
                key={lesson.id}
                course={course}
                module={module}
                lesson={lesson}
                index={lessonIndex}
                canWrite={canWrite}
              />
            ))}
          </ol>
        )}
        {canWrite &&
          (addingLesson ? (
            <div className="course-subform">
              <h4 className="course-subform-title">New lesson in {module.title}</h4>
              <LessonForm
                lesson={null}
                submitLabel="Add lesson"
                onSave={(input) => addLesson.mutateAsync(input)}
                onCancel={() => setAddingLesson(false)}
              />
            </div>
          ) : (
            <Button
              variant="secondary"
              size="sm"
              aria-label={`Add a lesson to ${module.title}`}
              onClick={() => setAddingLesson(true)}
            >
              Add a lesson
            </Button>
          ))}
      </section>
    </li>
  );
}
