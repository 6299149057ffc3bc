import { createApiClient } from './client';
import { localStorageTokenStore } from './tokens';

export { ApiError, errorMessage, isApiError } from './errors';
export type { FieldErrors } from './errors';
export type { ApiClient } from './client';
export { pageSchema } from './schemas';
export type { Page } from './schemas';

type Listener = () => void;
const sessionExpiredListeners = new Set<Listener>();

export const tokenStore = localStorageTokenStore();

/** The application's API client, sharing the tokens kept in localStorage. */
export const api = createApiClient({
  tokens: tokenStore,
  onSessionExpired: () => sessionExpiredListeners.forEach((listener) => listener()),
});

/** Subscribes to "the session could not be renewed"; returns the unsubscribe function. */
export function onSessionExpired(listener: Listener): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}
