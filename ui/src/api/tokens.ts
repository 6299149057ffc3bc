export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** Where the access and refresh tokens live between requests and page loads. */
export interface TokenStore {
  get(): Tokens | null;
  set(tokens: Tokens): void;
  clear(): void;
}

const ACCESS_KEY = 'mewayz.accessToken';
const REFRESH_KEY = 'mewayz.refreshToken';

/** Keeps the tokens in localStorage so a reload, or a second tab, stays signed in. */
export function localStorageTokenStore(storage: Storage = window.localStorage): TokenStore {
  return {
    get() {
      const accessToken = storage.getItem(ACCESS_KEY);
      const refreshToken = storage.getItem(REFRESH_KEY);
      if (!accessToken || !refreshToken) return null;
      return { accessToken, refreshToken };
    },
    set(tokens) {
      storage.setItem(ACCESS_KEY, tokens.accessToken);
      storage.setItem(REFRESH_KEY, tokens.refreshToken);
    },
    clear() {
      storage.removeItem(ACCESS_KEY);
      storage.removeItem(REFRESH_KEY);
    },
  };
}

export function memoryTokenStore(initial: Tokens | null = null): TokenStore {
  let current = initial;
  return {
    get: () => current,
    set: (tokens) => {
      current = tokens;
    },
    clear: () => {
      current = null;
    },
  };
}

export const TOKEN_STORAGE_KEYS = [ACCESS_KEY, REFRESH_KEY] as const;
