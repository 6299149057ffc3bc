import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { EmptyState } from './ui';

/** An address that matches no page, with the way back: to the dashboard, or to its section. */
export function PageNotFound({
  to,
  label,
  children = 'The address may be mistyped.',
}: {
  to: string;
  label: string;
  children?: ReactNode;
}) {
  useDocumentTitle('Page not found');
  return (
    <EmptyState
      icon="?"
      title="Page not found"
      headingLevel={1}
      action={
        <Link to={to} className="btn btn-primary">
          {label}
        </Link>
      }
    >
      {children}
    </EmptyState>
  );
}
