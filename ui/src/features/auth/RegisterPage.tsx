import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../components/AuthLayout';
import { Alert, Button, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PASSWORD_MIN_LENGTH, registerInput } from './api';
import { useAuth } from './AuthContext';
import { useAuthLinkSuffix } from './LoginPage';

export function RegisterPage() {
  useDocumentTitle('Create account');
  const { register } = useAuth();
  const [params] = useSearchParams();
  const suffix = useAuthLinkSuffix();
  const form = useFormErrors();
  const [submitting, setSubmitting] = useState(false);
  const invitedEmail = params.get('email') ?? '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(registerInput, formValues(event.currentTarget));
    if (!input) return;
    setSubmitting(true);
    try {
      await register(input);
    } catch (error) {
      form.showError(error);
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout
      title="Create your account"
      subtitle={
        invitedEmail
          ? `You were invited as ${invitedEmail}. Create your account to join the workspace.`
          : 'Start running your business from one place.'
      }
      footer={
        <p>
          Already have an account? <Link to={`/login${suffix}`}>Sign in</Link>
        </p>
      }
    >
      <Alert>{form.formError}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
        <TextField
          label="Full name"
          name="name"
          autoComplete="name"
          error={form.fieldErrors.name}
          required
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={invitedEmail}
          error={form.fieldErrors.email}
          required
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          error={form.fieldErrors.password}
          minLength={PASSWORD_MIN_LENGTH}
          required
        />
        <Button type="submit" block busy={submitting}>
          {submitting ? 'Creating account…' : 'Create account'}
        </Button>
      </form>
    </AuthLayout>
  );
}
