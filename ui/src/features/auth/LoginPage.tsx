import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../components/AuthLayout';
import { Alert, Button, TextField } from '../../components/ui';
import { formValues, useFormErrors } from '../../lib/forms';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { loginInput } from './api';
import { useAuth } from './AuthContext';

/** Keeps `?next=` (and the invited email) when moving between the sign-in and sign-up pages. */
export function useAuthLinkSuffix(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  const next = params.get('next');
  const email = params.get('email');
  if (next) kept.set('next', next);
  if (email) kept.set('email', email);
  const query = kept.toString();
  return query ? `?${query}` : '';
}

export function LoginPage() {
  useDocumentTitle('Sign in');
  const { login, sessionExpired } = useAuth();
  const [params] = useSearchParams();
  const suffix = useAuthLinkSuffix();
  const form = useFormErrors();
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.validate(loginInput, formValues(event.currentTarget));
    if (!input) return;
    setSubmitting(true);
    try {
      await login(input);
      // <GuestOnly> sends the now signed-in user on to ?next= or the dashboard.
    } catch (error) {
      form.showError(error);
      setSubmitting(false);
    }
  };

  const forInvitation = params.get('next')?.startsWith('/invitations/');

  return (
    <AuthLayout
      title="Sign in to Mewayz"
      subtitle={
        forInvitation
          ? 'Sign in with the invited email address to answer your invitation.'
          : 'Welcome back. Enter your details to continue.'
      }
      footer={
        <p>
          New to Mewayz? <Link to={`/register${suffix}`}>Create an account</Link>
        </p>
      }
    >
      {sessionExpired && !form.formError && (
        <Alert tone="info">Your session has expired. Please sign in again.</Alert>
      )}
      <Alert>{form.formError}</Alert>
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form-stack">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={params.get('email') ?? ''}
          error={form.fieldErrors.email}
          required
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          error={form.fieldErrors.password}
          required
        />
        <div className="form-row-end">
          <Link to="/forgot-password" className="text-link-small">
            Forgot your password?
          </Link>
        </div>
        <Button type="submit" block busy={submitting}>
          {submitting ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </AuthLayout>
  );
}
