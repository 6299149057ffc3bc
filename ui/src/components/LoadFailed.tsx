import { errorMessage } from '../api';
import { Alert, Button } from './ui';

/** A list or panel that could not be loaded: what, why, and a button to ask again. */
export function LoadFailed({
  what,
  error,
  onRetry,
}: {
  /** "the contacts", "your workspaces"… */
  what: string;
  error: unknown;
  onRetry: () => unknown;
}) {
  return (
    <Alert title={`Could not load ${what}`}>
      {errorMessage(error)}{' '}
      <Button variant="ghost" size="sm" onClick={() => void onRetry()}>
        Try again
      </Button>
    </Alert>
  );
}
