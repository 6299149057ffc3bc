import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** "← All contacts" above the page of one record, back to its list. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link to={to}>← {children}</Link>
    </p>
  );
}
