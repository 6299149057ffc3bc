import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useAuth } from '../auth/AuthContext';
import { useWorkspaces, type Workspace } from './api';

const STORAGE_KEY = 'mewayz.currentWorkspaceId';

export interface CurrentWorkspaceValue {
  workspaces: Workspace[];
  /** The workspace the user is working in, or null when they have none yet. */
  current: Workspace | null;
  setCurrentId(id: string): void;
  isLoading: boolean;
  error: unknown;
  refetch(): void;
}

const CurrentWorkspaceContext = createContext<CurrentWorkspaceValue | null>(null);

function readStoredId(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Loads the signed-in user's workspaces and remembers the current one in localStorage. */
export function CurrentWorkspaceProvider({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const query = useWorkspaces(status === 'authenticated');
  const [storedId, setStoredId] = useState<string | null>(readStoredId);

  const setCurrentId = useCallback((id: string) => {
    window.localStorage.setItem(STORAGE_KEY, id);
    setStoredId(id);
  }, []);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setStoredId(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const workspaces = useMemo(() => query.data?.items ?? [], [query.data]);
  // A stale id (deleted workspace, another user) falls back to the first workspace.
  const current = workspaces.find((w) => w.id === storedId) ?? workspaces[0] ?? null;

  useEffect(() => {
    if (current && current.id !== storedId) {
      window.localStorage.setItem(STORAGE_KEY, current.id);
    }
  }, [current, storedId]);

  const { refetch } = query;
  const value = useMemo<CurrentWorkspaceValue>(
    () => ({
      workspaces,
      current,
      setCurrentId,
      isLoading: query.isPending,
      error: query.error,
      refetch: () => void refetch(),
    }),
    [workspaces, current, setCurrentId, query.isPending, query.error, refetch],
  );
  return (
    <CurrentWorkspaceContext.Provider value={value}>{children}</CurrentWorkspaceContext.Provider>
  );
}

export function useCurrentWorkspace(): CurrentWorkspaceValue {
  const value = useContext(CurrentWorkspaceContext);
  if (!value) throw new Error('useCurrentWorkspace must be used inside <CurrentWorkspaceProvider>');
  return value;
}

export const CURRENT_WORKSPACE_STORAGE_KEY = STORAGE_KEY;
