import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, errorMessage, type FieldErrors } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Alert, Button, Card, PageHeader, TextAreaField, TextField } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { focusHeading } from '../store/focus';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import {
  coursesApi,
  useCourseMutation,
  useDeleteCourse,
  type Course,
  type CourseInput,
  type ModuleInput,
} from './api';
import { courseFormSchema } from './courseForms';
import { CourseStatusBadge } from './courseStatus';
import { coursesPath } from './paths';
import { ModuleCard } from './ModuleCard';
import { ModuleForm } from './ModuleForm';
import { moduleProblems } from './releaseRule';

/** Title and description; without a course it creates one and opens it. */
function CourseDetailsForm({ course }: { course: Course | null }) {
  const { workspaceId, permissions } = useWorkspaceSection();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [saved, setSaved] = useState('');
  const save = useCourseMutation(workspaceId, (input: CourseInput) =>
    course
      ? coursesApi.update(workspaceId, course.id, input)
      : coursesApi.create(workspaceId, input),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved('');
    const input = form.validate(courseFormSchema, formValues(event.currentTarget));
    if (!input) return;
    try {
      const result = await save.mutateAsync(input);
      if (course) setSaved('The course was saved.');
      else
        navigate(coursesPath(workspaceId, result.id), {
          state: { flash: `${result.title} was created. Add its first module.` },
        });
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack course-form">
      <Alert>{form.formError}</Alert>
      <Alert tone="success">{saved}</Alert>
      <TextField
        label="Title"
        name="title"
        defaultValue={course?.title ?? ''}
        error={form.fieldErrors.title}
        maxLength={200}
        readOnly={!permissions.canWrite}
        required
      />
      <TextAreaField
        label="Description (optional)"
        name="description"
        defaultValue={course?.description ?? ''}
        error={form.fieldErrors.description}
        maxLength={5000}
        readOnly={!permissions.canWrite}
      />
      {permissions.canWrite && (
        <div className="store-form-actions">
          <Button type="submit" busy={save.isPending}>
            {course ? 'Save details' : 'Create course'}
          </Button>
        </div>
      )}
    </form>
  );
}

export function NewCoursePage() {
  const { workspace } = useWorkspaceSection();
  useDocumentTitle('New course', workspace.name);
  return (
    <>
      <PageHeader eyebrow={workspace.name} title="New course" />
      <Card>
        <CourseDetailsForm course={null} />
      </Card>
    </>
  );
}

/** Publish, with the reasons of a refusal laid on the modules they concern. */
function usePublish(course: Course) {
  const { workspaceId } = useWorkspaceSection();
  const [problems, setProblems] = useState<FieldErrors>({});
  const publish = useCourseMutation(workspaceId, () => coursesApi.publish(workspaceId, course.id));
  const run = () => {
    setProblems({});
    publish.mutate(undefined, {
      onSuccess: () => focusHeading('course-title'),
      onError: (error) => setProblems(error instanceof ApiError ? error.fieldErrors : {}),
    });
  };
  return { run, problems, error: publish.error, isPending: publish.isPending };
}

/** Deleting asks first; a course with running enrolments is refused (409) with the reason. */
function DeleteCourse({ course }: { course: Course }) {
  const { workspaceId } = useWorkspaceSection();
  const navigate = useNavigate();
  const remove = useDeleteCourse(workspaceId);
  return (
    <>
      <ConfirmButton
        size="md"
        confirmLabel={`Delete ${course.title}`}
        description="Delete the course"
        busy={remove.isPending}
        onConfirm={() =>
          remove.mutate(course.id, {
            onSuccess: () =>
              navigate(coursesPath(workspaceId), {
                state: { flash: `${course.title} was deleted.` },
              }),
          })
        }
      >
        Delete
      </ConfirmButton>
      {remove.error && (
        <p className="cell-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      )}
    </>
  );
}

export function CourseEditorPage({ course }: { course: Course }) {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle(course.title, workspace.name);
  const location = useLocation();
  const [notice] = useState(() => (location.state as { flash?: string } | null)?.flash ?? '');
  const publish = usePublish(course);
  const addModule = useCourseMutation(workspaceId, (input: ModuleInput) =>
    coursesApi.addModule(workspaceId, course.id, input),
  );
  const byModule = moduleProblems(publish.problems);
  const published = course.status === 'PUBLISHED';

  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title={course.title}
        titleId="course-title"
        description={
          <>
            <CourseStatusBadge status={course.status} />{' '}
            {published
              ? `Published ${formatDateTime(course.publishedAt)}. New modules reach enrolled students by their rule.`
              : 'A draft: publish it to enrol students.'}
          </>
        }
        actions={
          <>
            {published && (
              <Link
                className="btn btn-secondary"
                to={coursesPath(workspaceId, course.id, 'enrollments')}
              >
                Students
              </Link>
            )}
            {permissions.canWrite && <DeleteCourse course={course} />}
            {!published && permissions.canWrite && (
              <Button busy={publish.isPending} onClick={publish.run}>
                Publish
              </Button>
            )}
          </>
        }
      />
      <Alert tone="success">{notice}</Alert>
      <Alert title={publish.error ? 'The course cannot be published yet' : undefined}>
        {publish.error
          ? (publish.problems.modules ??
            (byModule.size ? 'See the problems below.' : publish.error.message))
          : null}
      </Alert>
      <Card title="Details" titleId="course-details-title">
        <CourseDetailsForm course={course} />
      </Card>
      <Card
        title="Modules"
        titleId="course-modules-title"
        description="Students receive each module by its rule, with a mail; lessons open with their module."
      >
        {course.modules.length === 0 ? (
          <p className="muted">No modules yet.</p>
        ) : (
          <ol className="course-modules">
            {course.modules.map((module, index) => (
              <ModuleCard
                key={module.id}
                course={course}
                module={module}
                index={index}
                problems={byModule.get(index) ?? []}
              />
            ))}
          </ol>
        )}
        {permissions.canWrite && (
          <div className="course-subform">
            <h3 className="course-subform-title">Add a module</h3>
            <ModuleForm
              module={null}
              isFirst={course.modules.length === 0}
              withFirstLesson={published}
              submitLabel="Add module"
              onSave={(input) => addModule.mutateAsync(input)}
            />
          </div>
        )}
      </Card>
    </>
  );
}
