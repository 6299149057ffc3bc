import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { EmptyState } from '../../components/ui';

export function WorkspaceUnavailable({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : 0;
  const title =
    status === 404
      ? 'This workspace does not exist'
      : status === 403
        ? 'You are not a member of this workspace'
        : 'Could not open this workspace';
  return (
    <EmptyState
      icon="?"
      title={title}
      headingLevel={1}
      action={
        <Link to="/workspaces" className="btn btn-primary">
          Go to your workspaces
        </Link>
      }
    >
      {status === 404 || status === 403
        ? 'It may have been deleted, or you were removed from it.'
        : errorMessage(error)}
    </EmptyState>
  );
}
