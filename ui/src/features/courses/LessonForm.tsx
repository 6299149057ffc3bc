import { useId, useState, type FormEvent } from 'react';
import { Alert, Button, TextAreaField, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import type { Lesson, LessonInput, LessonKind } from './api';
import { lessonFormSchema } from './courseForms';

/** A lesson: a text in Markdown or HTML, or a video link. */
export function LessonForm({
  lesson,
  submitLabel,
  onSave,
  onCancel,
}: {
  lesson: Lesson | null;
  submitLabel: string;
  onSave: (input: LessonInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const form = useFormErrors();
  const [kind, setKind] = useState<LessonKind>(lesson?.kind ?? 'CONTENT');
  const [busy, setBusy] = useState(false);
  const kindName = useId();
  const errors = form.fieldErrors;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const input = form.validate(lessonFormSchema, { ...formValues(formElement), kind });
    if (!input) return;
    setBusy(true);
    try {
      await onSave(input);
      if (!lesson) formElement.reset();
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
        label="Lesson title"
        name="title"
        defaultValue={lesson?.title ?? ''}
        error={errors.title}
        maxLength={200}
        required
      />
      <fieldset className="course-kind">
        <legend className="field-label">Lesson type</legend>
        {(
          [
            ['CONTENT', 'Text'],
            ['VIDEO', 'Video'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="checkbox-label">
            <input
              type="radio"
              name={kindName}
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === 'CONTENT' ? (
        <TextAreaField
          label="Content"
          name="body"
          rows={8}
          defaultValue={lesson?.body ?? ''}
          hint="Markdown (# headings, - lists, [links](https://…)) or simple HTML. Shown as text: scripts and styles are never run."
          error={errors.body}
          required
        />
      ) : (
        <TextField
          label="Video link"
          name="videoUrl"
          type="url"
          inputMode="url"
          defaultValue={lesson?.videoUrl ?? ''}
          hint="An https:// address. YouTube and Vimeo videos play on the student's page; others open as a link."
          error={errors.videoUrl}
          required
        />
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
