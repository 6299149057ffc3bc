import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { AuthLayout } from '../../components/AuthLayout';
import { Alert, Button, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { authApi, emailField } from './api';

const forgotInput = z.object({ email: emailField });

export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password');
  const form = useFormErrors();
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(forgotInput, formValues(event.currentTarget));
    if (!input) return;
    setSubmitting(true);
    try {
      await authApi.requestPasswordReset(input.email);
      setSentTo(input.email);
    } catch (error) {
      form.showError(error);
    } finally {
      setSubmitting(false);
    }
  };

  if (sentTo) {
    return (
      <AuthLayout
        title="Check your inbox"
        footer={
          <p>
            <Link to="/login">Back to sign in</Link>
          </p>
        }
      >
        <Alert tone="success">
          If an account exists for <strong>{sentTo}</strong>, we sent it a link to choose a new
          password. The link works once and expires soon.
        </Alert>
        <p className="muted">
          Running Mewayz locally? Open the <Link to="/mails">mail sink</Link> to read the mail.
        </p>
        <Button variant="secondary" block onClick={() => setSentTo(null)}>
          Use another email address
        </Button>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter the email address of your account and we will send you a reset link."
      footer={
        <p>
          Remembered it? <Link to="/login">Sign in</Link>
        </p>
      }
    >
      <Alert>{form.formError}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          error={form.fieldErrors.email}
          required
        />
        <Button type="submit" block busy={submitting}>
          {submitting ? 'Sending…' : 'Send reset link'}
        </Button>
      </form>
    </AuthLayout>
  );
}
