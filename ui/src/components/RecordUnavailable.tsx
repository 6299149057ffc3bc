import { ApiError, errorMessage } from '../api';
import { Card, EmptyState, SkeletonRows } from './ui';

/**
 * What a page shows in place of the one record it is about while that loads, or when it cannot:
 * "does not exist" for a 404 (another workspace's records answer 404 too), otherwise the error.
 */
export function RecordUnavailable({
  query,
  noun,
  goneBecause = 'It may have been deleted, or belong to another workspace.',
}: {
  query: { isPending: boolean; error: unknown };
  /** "course", "order"… */
  noun: string;
  goneBecause?: string;
}) {
  if (query.isPending) {
    return (
      <Card title={`Loading the ${noun}…`}>
        <SkeletonRows rows={6} label={`Loading the ${noun}…`} />
      </Card>
    );
  }
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <EmptyState
      icon="?"
      headingLevel={1}
      title={notFound ? `This ${noun} does not exist` : `Could not load this ${noun}`}
    >
      {notFound ? goneBecause : errorMessage(query.error)}
    </EmptyState>
  );
}
