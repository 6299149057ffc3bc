import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { AuthLayout } from '../../components/AuthLayout';
import { Alert, Button, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { authApi, newPasswordField, PASSWORD_MIN_LENGTH } from './api';

const resetInput = z
  .object({ newPassword: newPasswordField, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match.',
  });

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token');
  const form = useFormErrors();
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);

  if (!token) {
    return (
      <AuthLayout title="This link is incomplete">
        <Alert tone="warning">
          The reset link has no token. Open the link from the mail again, or ask for a new one.
        </Alert>
        <Link to="/forgot-password" className="btn btn-primary btn-block">
          Ask for a new link
        </Link>
      </AuthLayout>
    );
  }

  if (done) {
    return (
      <AuthLayout title="Password changed">
        <Alert tone="success">Your password was changed. Sign in with the new one.</Alert>
        <Link to="/login" className="btn btn-primary btn-block">
          Sign in
        </Link>
      </AuthLayout>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(resetInput, formValues(event.currentTarget));
    if (!input) return;
    setSubmitting(true);
    try {
      await authApi.confirmPasswordReset(token, input.newPassword);
      setDone(true);
    } catch (error) {
      form.showError(error, { password: 'newPassword' });
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout
      title="Choose a new password"
      footer={
        <p>
          Link expired? <Link to="/forgot-password">Ask for a new one</Link>
        </p>
      }
    >
      <Alert>{form.formError}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={form.fieldErrors.newPassword}
          required
        />
        <TextField
          label="Repeat the new password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          error={form.fieldErrors.confirmPassword}
          required
        />
        <Button type="submit" block busy={submitting}>
          {submitting ? 'Saving…' : 'Save new password'}
        </Button>
      </form>
    </AuthLayout>
  );
}
