import type { ReactNode } from 'react';
import { Logo } from '../../components/Logo';
import './bookings.css';

/** The customers' pages: no navigation of the app, no account. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public-booking">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header>
        <Logo />
      </header>
      <main id="main" tabIndex={-1} className="form-stack">
        {children}
      </main>
    </div>
  );
}
