import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isApiError, onSessionExpired, tokenStore } from '../../api';
import { TOKEN_STORAGE_KEYS } from '../../api/tokens';
import { authApi, type LoginInput, type RegisterInput, type User } from './api';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous' | 'unreachable';

export interface AuthContextValue {
  status: AuthStatus;
  user: User | null;
  /** True when the user was signed out because the session could not be renewed. */
  sessionExpired: boolean;
  login(input: LoginInput): Promise<User>;
  register(input: RegisterInput): Promise<User>;
  logout(): Promise<void>;
  /** Checks the stored tokens with the server again (after "server unreachable"). */
  recheck(): void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>(() =>
    tokenStore.get() ? 'loading' : 'anonymous',
  );
  const [user, setUser] = useState<User | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
  const [checkCount, setCheckCount] = useState(0);

  // Verify stored tokens on start (and when asked to re-check).
  useEffect(() => {
    if (!tokenStore.get()) {
      setStatus('anonymous');
      return;
    }
    let cancelled = false;
    setStatus('loading');
    authApi
      .verify()
      .then(({ user: verified }) => {
        if (cancelled) return;
        setUser(verified);
        setStatus('authenticated');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (isApiError(error) && (error.status === 0 || error.status >= 500)) {
          setStatus('unreachable');
        } else {
          tokenStore.clear();
          setUser(null);
          setStatus('anonymous');
        }
      });
    return () => {
      cancelled = true;
    };
  }, [checkCount]);

  // A request got a 401 that a refresh could not fix: back to the sign-in page.
  useEffect(
    () =>
      onSessionExpired(() => {
        setUser(null);
        setStatus('anonymous');
        setSessionExpired(true);
        queryClient.clear();
      }),
    [queryClient],
  );

  // Signing in or out in another tab changes localStorage; follow it here.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && !(TOKEN_STORAGE_KEYS as readonly string[]).includes(event.key)) {
        return;
      }
      const present = tokenStore.get() !== null;
      if (!present) {
        setUser(null);
        setStatus('anonymous');
        queryClient.clear();
      } else if (event.newValue && event.oldValue === null) {
        setCheckCount((n) => n + 1);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [queryClient]);

  const login = useCallback(
    async (input: LoginInput) => {
      const session = await authApi.login(input);
      queryClient.clear();
      setUser(session.user);
      setSessionExpired(false);
      setStatus('authenticated');
      return session.user;
    },
    [queryClient],
  );

  const register = useCallback(
    async (input: RegisterInput) => {
      const session = await authApi.register(input);
      queryClient.clear();
      setUser(session.user);
      setSessionExpired(false);
      setStatus('authenticated');
      return session.user;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // The tokens are gone locally either way; the server forgets them when they expire.
    }
    queryClient.clear();
    setUser(null);
    setSessionExpired(false);
    setStatus('anonymous');
  }, [queryClient]);

  const recheck = useCallback(() => setCheckCount((n) => n + 1), []);

  const value = useMemo<AuthContextValue>(
    () => ({ status, user, sessionExpired, login, register, logout, recheck }),
    [status, user, sessionExpired, login, register, logout, recheck],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
