import type { ReactNode } from 'react';
import { sentence } from '../validation';
import type { FieldMessages } from '../InspectorContext';

export interface ControlProps {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldFrameProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  messages: FieldMessages;
  /** A fieldset (legend) for groups of controls; a label for one control. */
  group?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A field's label, hint, errors and warnings around its control. Errors and warnings are tied to
 * the control with aria-describedby; errors also set aria-invalid.
 */
export function FieldFrame({
  id,
  label,
  required,
  hint,
  messages,
  group,
  className,
  children,
}: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.errors.length > 0 ? `${id}-error` : undefined;
  const warningId = messages.warnings.length > 0 ? `${id}-warning` : undefined;
  const describedBy = [errorId, warningId, hintId].filter(Boolean).join(' ') || undefined;
  const invalid = messages.errors.length > 0;
  const title = (
    <>
      {label}
      {required && (
        <span className="required-mark" title="Required">
          {' '}
          *<span className="sr-only"> (required)</span>
        </span>
      )}
    </>
  );
  const classes = ['field', invalid && 'field-invalid', className].filter(Boolean).join(' ');
  const feedback = (
    <>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {errorId && (
        <p className="field-error" id={errorId}>
          {messages.errors.map((m) => sentence(label, m)).join(' · ')}
        </p>
      )}
      {warningId && (
        <p className="field-warning" id={warningId}>
          {messages.warnings.join(' · ')}
        </p>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset className={`${classes} field-group`} aria-describedby={describedBy}>
        <legend className="field-label">{title}</legend>
        {children({ id, describedBy, invalid })}
        {feedback}
      </fieldset>
    );
  }
  return (
    <div className={classes}>
      <label className="field-label" htmlFor={id}>
        {title}
      </label>
      {children({ id, describedBy, invalid })}
      {feedback}
    </div>
  );
}
