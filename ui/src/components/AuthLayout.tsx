import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Logo } from './Logo';

/** Centered card used by the sign-in, sign-up and password pages. */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="auth-page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <main id="main" className="auth-main" tabIndex={-1}>
        <Link to="/" className="auth-brand" aria-label="Mewayz home">
          <Logo />
        </Link>
        <div className="auth-card">
          <h1 className="auth-title">{title}</h1>
          {subtitle && <p className="auth-subtitle">{subtitle}</p>}
          {children}
        </div>
        {footer && <div className="auth-footer">{footer}</div>}
        <p className="auth-devlink">
          Testing locally? Mails sent by the platform appear in the{' '}
          <Link to="/mails">mail sink</Link>.
        </p>
      </main>
    </div>
  );
}
