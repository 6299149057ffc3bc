import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { Card, EmptyState, SkeletonRows } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';

/** What a page of one contact, segment or import shows until it has it: loading, gone, failed. */
export function LoadFailure({ query, what }: { query: UseQueryResult<unknown>; what: string }) {
  if (query.isPending) {
    return (
      <Card title={`Loading the ${what}…`}>
        <SkeletonRows rows={4} label={`Loading the ${what}…`} />
      </Card>
    );
  }
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <EmptyState
      icon="?"
      headingLevel={1}
      title={notFound ? `This ${what} does not exist` : `Could not load this ${what}`}
    >
      {notFound
        ? 'It may have been deleted, or it belongs to another workspace.'
        : errorMessage(query.error)}
    </EmptyState>
  );
}

/** "← All contacts" above a page of one contact, segment or import. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link to={to}>← {children}</Link>
    </p>
  );
}

/** "5 minutes ago", with the exact time on hover and for machines. */
export function RelativeTime({ at }: { at: string | null | undefined }) {
  return (
    <time dateTime={isoOrUndefined(at)} title={formatDateTime(at)}>
      {formatRelative(at)}
    </time>
  );
}
