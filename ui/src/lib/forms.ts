import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { z } from 'zod';
import { ApiError, errorMessage, type FieldErrors } from '../api';

/** Collects the form values of a <form> as strings, keyed by input name. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    values[key] = typeof value === 'string' ? value : '';
  });
  return values;
}

/** Field errors from a failed zod parse: the first message for each top-level field. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !result[key]) result[key] = issue.message;
  }
  return result;
}

export interface FormErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
  /** Validates values with a schema; shows the problems and returns null when invalid. */
  validate<T>(schema: z.ZodType<T>, values: unknown): T | null;
  /** Shows an error thrown by the API client (message + per-field details). */
  showError(error: unknown, fieldAliases?: Record<string, string>): void;
  clear(): void;
  formRef: RefObject<HTMLFormElement | null>;
}

/**
 * Keeps a form's field errors and its overall error message, and moves the focus to the
 * first invalid field whenever new errors arrive, so keyboard and screen reader users land
 * on what needs fixing.
 */
export function useFormErrors(): FormErrors {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt]);

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  const validate = useCallback(<T>(schema: z.ZodType<T>, values: unknown): T | null => {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      setFieldErrors({});
      setFormError(null);
      return parsed.data;
    }
    setFieldErrors(zodFieldErrors(parsed.error));
    setFormError('Please correct the highlighted fields.');
    setAttempt((n) => n + 1);
    return null;
  }, []);

  const showError = useCallback((error: unknown, fieldAliases: Record<string, string> = {}) => {
    if (error instanceof ApiError) {
      const mapped: FieldErrors = {};
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        mapped[fieldAliases[field] ?? field] = message;
      }
      setFieldErrors(mapped);
    } else {
      setFieldErrors({});
    }
    setFormError(errorMessage(error));
    setAttempt((n) => n + 1);
  }, []);

  return { fieldErrors, formError, validate, showError, clear, formRef };
}
