import { useState, type FormEvent } from 'react';
import { Alert, Button, SelectField, TextAreaField, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import type { CourseModule, ModuleInput } from './api';
import { firstLessonSchema, moduleFormSchema } from './courseForms';
import { RELEASE_RULE_OPTIONS, ruleFormValues } from './releaseRule';

/**
 * A module's title and release rule. Only the fields the chosen rule uses are shown; the times are
 * the student's local time. `onSave` rejects with the API's error, shown next to its field.
 */
export function ModuleForm({
  module,
  isFirst,
  withFirstLesson = false,
  submitLabel,
  onSave,
  onCancel,
}: {
  module: CourseModule | null;
  isFirst: boolean;
  /** A module added to a published course comes with its first lesson, as the API requires. */
  withFirstLesson?: boolean;
  submitLabel: string;
  onSave: (input: ModuleInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const form = useFormErrors();
  const initial = ruleFormValues(module?.releaseRule);
  const [type, setType] = useState(initial.type);
  const [busy, setBusy] = useState(false);
  const errors = form.fieldErrors;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const values = formValues(formElement);
    const input = form.validate(moduleFormSchema, values);
    if (!input) return;
    if (withFirstLesson) {
      const lesson = form.validate(firstLessonSchema, values);
      if (!lesson) return;
      input.lessons = [lesson];
    }
    setBusy(true);
    try {
      await onSave(input);
      if (!module) formElement.reset();
      form.clear();
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack course-form">
      <Alert>{form.formError}</Alert>
      <TextField
        label="Module title"
        name="title"
        defaultValue={module?.title ?? ''}
        error={errors.title}
        maxLength={200}
        required
      />
      <div className="store-form-row">
        <SelectField
          label="Released"
          name="type"
          value={type}
          onChange={(event) => setType(event.target.value as typeof type)}
          options={RELEASE_RULE_OPTIONS}
          error={errors.type ?? errors['releaseRule.type'] ?? errors.releaseRule}
          hint={
            type === 'AFTER_PREVIOUS_COMPLETED' && isFirst
              ? 'The first module has no previous one: the course cannot be published so.'
              : 'Dates and times are the student’s own, in their time zone.'
          }
        />
        {type === 'DAYS_AFTER_ENROLLMENT' && (
          <TextField
            label="Days after enrolment"
            name="days"
            type="number"
            inputMode="numeric"
            min={0}
            max={3650}
            defaultValue={initial.days}
            hint="0 is the day of enrolment."
            error={errors['releaseRule.days']}
            required
          />
        )}
        {type === 'FIXED_DATE' && (
          <TextField
            label="Date"
            name="date"
            type="date"
            defaultValue={initial.date}
            error={errors['releaseRule.date']}
            required
          />
        )}
        {(type === 'DAYS_AFTER_ENROLLMENT' || type === 'FIXED_DATE') && (
          <TextField
            label="Time"
            name="time"
            type="time"
            defaultValue={initial.time}
            error={errors['releaseRule.time']}
            required
          />
        )}
      </div>
      {withFirstLesson && (
        <fieldset className="course-first-lesson">
          <legend className="field-label">First lesson</legend>
          <p className="field-hint">
            The course is published: a new module goes out with at least one lesson.
          </p>
          <TextField
            label="Lesson title"
            name="lessonTitle"
            error={errors.lessonTitle ?? errors['lessons[0].title']}
            maxLength={200}
            required
          />
          <TextAreaField
            label="Lesson content"
            name="lessonBody"
            rows={5}
            hint="Markdown or simple HTML; add video lessons once the module is there."
            error={errors.lessonBody ?? errors['lessons[0].body']}
            required
          />
        </fieldset>
      )}
      <div className="store-form-actions">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
