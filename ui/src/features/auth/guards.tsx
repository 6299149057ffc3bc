import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { Button, Spinner } from '../../components/ui';
import { safeRedirect } from '../../lib/safeRedirect';
import { useAuth } from './AuthContext';

export function FullPageSpinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="full-page-center">
      <Spinner label={label} />
    </div>
  );
}

function Unreachable() {
  const { recheck } = useAuth();
  return (
    <div className="full-page-center">
      <div className="auth-card" role="alert">
        <h1 className="auth-title">Cannot reach Mewayz</h1>
        <p className="auth-subtitle">
          The server did not answer. It may be starting up or your connection may be down.
        </p>
        <Button onClick={recheck}>Try again</Button>
      </div>
    </div>
  );
}

/** Renders its routes only for a signed-in user; others go to /login and come back after. */
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpinner label="Checking your session…" />;
  if (status === 'unreachable') return <Unreachable />;
  if (status === 'anonymous') {
    const next = location.pathname + location.search;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up pages: a signed-in user is sent on to `?next=` (or the dashboard). */
export function GuestOnly() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  if (status === 'loading') return <FullPageSpinner label="Checking your session…" />;
  if (status === 'authenticated') return <Navigate to={safeRedirect(params.get('next'))} replace />;
  return <Outlet />;
}

/** Pages anyone may see (invitation, mail sink); waits for the session check to settle. */
export function AnyUser() {
  const { status } = useAuth();
  if (status === 'loading') return <FullPageSpinner label="Checking your session…" />;
  return <Outlet />;
}
