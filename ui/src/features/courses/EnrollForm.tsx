import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { coursesApi, useEnrollmentMutation, type EnrollInput } from './api';
import { browserTimeZone, enrollFormSchema, timeZoneOptions } from './courseForms';

/** Enrols a student: their drip starts at once and the welcome mail carries their course link. */
export function EnrollForm({
  courseId,
  onEnrolled,
}: {
  courseId: string;
  onEnrolled: (message: string) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  const form = useFormErrors();
  const [zones] = useState(() => timeZoneOptions(browserTimeZone()));
  const enroll = useEnrollmentMutation(workspaceId, courseId, (input: EnrollInput) =>
    coursesApi.enroll(workspaceId, courseId, input),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const input = form.validate(enrollFormSchema, formValues(formElement));
    if (!input) return;
    try {
      const enrollment = await enroll.mutateAsync(input);
      formElement.reset();
      form.clear();
      onEnrolled(
        `${enrollment.studentName} was enrolled; their course link is on its way by mail.`,
      );
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack course-form">
      <Alert>{form.formError}</Alert>
      <div className="store-form-row">
        <TextField
          label="Student name"
          name="studentName"
          autoComplete="off"
          error={form.fieldErrors.studentName}
          maxLength={200}
          required
        />
        <TextField
          label="Student email"
          name="studentEmail"
          type="email"
          autoComplete="off"
          error={form.fieldErrors.studentEmail}
          maxLength={254}
          required
        />
      </div>
      <SelectField
        label="Time zone"
        name="timeZone"
        defaultValue={browserTimeZone()}
        options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
        hint="Release dates and times are read on the student's clock."
        error={form.fieldErrors.timeZone}
      />
      <div className="store-form-actions">
        <Button type="submit" busy={enroll.isPending}>
          Enrol student
        </Button>
      </div>
    </form>
  );
}
