import { z } from 'zod';
import { ApiError, problemToApiError } from './errors';
import type { TokenStore, Tokens } from './tokens';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  /**
   * JSON body, sent with Content-Type: application/json; a FormData (a file upload) goes as
   * multipart/form-data, its boundary set by the browser.
   */
  body?: unknown;
  /** Send the access token and take part in the refresh-on-401 dance (default true). */
  auth?: boolean;
  /** With auth, refresh and retry once on a 401 (default true; off for logout). */
  refreshOnUnauthorized?: boolean;
  /** Validates and types the envelope's `data`. Without it `data` is returned as is. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** Sent as `X-Workspace-Id` for endpoints scoped to a workspace (automations, runs). */
  workspaceId?: string;
}

export interface ApiClientOptions {
  tokens: TokenStore;
  /** Prefix for every path; empty because the UI is served from the api's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called after a refresh token was exchanged for a new pair. */
  onTokensRefreshed?: (tokens: Tokens, data: unknown) => void;
  /** Called when a request was refused with 401 and no refresh could fix it. */
  onSessionExpired?: () => void;
}

/** A file the server sent, e.g. a CSV report, with the name its Content-Disposition gives. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** What a conditional GET found: the new data and its tag, or null data when unchanged (304). */
export type Conditional<T> = { changed: true; data: T; etag: string | null } | { changed: false };

export interface ApiClient {
  request<T = unknown>(method: HttpMethod, path: string, options?: RequestOptions<T>): Promise<T>;
  /**
   * A GET sending `If-None-Match: etag`; a 304 answer comes back as `{ changed: false }`, so a
   * poller keeps what it has without downloading or parsing it again.
   */
  getIfChanged<T = unknown>(
    path: string,
    etag: string | null,
    options?: Omit<RequestOptions<T>, 'body'>,
  ): Promise<Conditional<T>>;
  get<T = unknown>(path: string, options?: Omit<RequestOptions<T>, 'body'>): Promise<T>;
  /**
   * A GET of a file rather than an envelope, with the same token, workspace header and refresh:
   * a plain link cannot carry them. Failures are ApiErrors like any other request's.
   */
  download(
    path: string,
    options?: Omit<RequestOptions<unknown>, 'body' | 'schema'>,
  ): Promise<DownloadedFile>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions<T>): Promise<T>;
  put<T = unknown>(path: string, body?: unknown, options?: RequestOptions<T>): Promise<T>;
  delete<T = unknown>(path: string, options?: Omit<RequestOptions<T>, 'body'>): Promise<T>;
  /** Exchanges the stored refresh token for new tokens; concurrent callers share one call. */
  refresh(): Promise<boolean>;
}

export const REFRESH_PATH = '/api/auth/refresh';

const envelopeSchema = z.object({
  success: z.literal(true),
  data: z.unknown().optional(),
  message: z.string().nullish(),
  timestamp: z.string().nullish(),
});

const refreshedTokensSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
});

/** The file name of a `Content-Disposition: attachment; filename="..."` header. */
export function attachmentFileName(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Fall back to the plain filename parameter.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ? plain[1].trim() : null;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The single way the UI talks to the back end. It
 * - sends JSON, the Bearer access token and, when asked, the `X-Workspace-Id` header,
 * - unwraps the `{ success, data }` envelope (and validates `data` when given a schema),
 * - turns problem+json answers into {@link ApiError}s with per-field messages,
 * - on a 401 refreshes the (rotating) refresh token once, shared by all requests in flight,
 *   retries the request once, and reports an expired session if that does not help.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const tokens = options.tokens;
  let refreshInFlight: Promise<boolean> | null = null;

  async function send(
    method: HttpMethod,
    path: string,
    body: unknown,
    accessToken: string | null,
    signal?: AbortSignal,
    workspaceId?: string,
    extraHeaders?: Record<string, string>,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    if (workspaceId) headers['X-Workspace-Id'] = workspaceId;
    try {
      return await doFetch(baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError({
        status: 0,
        code: 'NetworkError',
        message: 'Cannot reach the server. Check your connection and try again.',
      });
    }
  }

  async function doRefresh(): Promise<boolean> {
    const current = tokens.get();
    if (!current) return false;
    let response: Response;
    try {
      response = await send('POST', REFRESH_PATH, { refreshToken: current.refreshToken }, null);
    } catch {
      // The server could not be reached: keep the tokens, the user may simply be offline.
      return false;
    }
    if (!response.ok) {
      // Only drop the session when the server refused the refresh token itself.
      if (response.status === 400 || response.status === 401 || response.status === 403) {
        tokens.clear();
      }
      return false;
    }
    const parsedEnvelope = envelopeSchema.safeParse(await readBody(response));
    const parsedTokens = parsedEnvelope.success
      ? refreshedTokensSchema.safeParse(parsedEnvelope.data.data)
      : null;
    if (!parsedEnvelope.success || !parsedTokens?.success) {
      tokens.clear();
      return false;
    }
    const next = {
      accessToken: parsedTokens.data.accessToken,
      refreshToken: parsedTokens.data.refreshToken,
    };
    tokens.set(next);
    options.onTokensRefreshed?.(next, parsedEnvelope.data.data);
    return true;
  }

  function refresh(): Promise<boolean> {
    if (!refreshInFlight) {
      refreshInFlight = doRefresh().finally(() => {
        refreshInFlight = null;
      });
    }
    return refreshInFlight;
  }

  async function unwrap<T>(response: Response, schema?: z.ZodType<T>): Promise<T> {
    const body = await readBody(response);
    if (!response.ok) throw problemToApiError(response.status, response.headers, body);
    if (body === undefined) return undefined as T;
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) {
      throw new ApiError({
        status: response.status,
        code: 'InvalidResponse',
        message: 'The server sent an answer we could not understand.',
      });
    }
    const data = envelope.data.data;
    if (!schema) return data as T;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      throw new ApiError({
        status: response.status,
        code: 'InvalidResponse',
        message: 'The server sent data in an unexpected shape.',
      });
    }
    return parsed.data;
  }

  /** Sends the request, refreshing the tokens once on a 401, and returns the final response. */
  async function exchange<T>(
    method: HttpMethod,
    path: string,
    requestOptions: RequestOptions<T>,
    extraHeaders?: Record<string, string>,
  ): Promise<Response> {
    const { body, signal, workspaceId } = requestOptions;
    const auth = requestOptions.auth ?? true;
    const canRefresh = auth && (requestOptions.refreshOnUnauthorized ?? true);
    const usedToken = auth ? (tokens.get()?.accessToken ?? null) : null;
    let response = await send(method, path, body, usedToken, signal, workspaceId, extraHeaders);

    if (response.status === 401 && canRefresh && tokens.get()) {
      // Another request may already have rotated the tokens while this one was on its way.
      const latest = tokens.get()?.accessToken ?? null;
      const renewed = latest !== null && latest !== usedToken ? true : await refresh();
      const retryToken = renewed ? (tokens.get()?.accessToken ?? null) : null;
      if (retryToken) {
        response = await send(method, path, body, retryToken, signal, workspaceId, extraHeaders);
      }
      if (response.status === 401) {
        tokens.clear();
        options.onSessionExpired?.();
      }
    } else if (response.status === 401 && canRefresh && usedToken) {
      // The tokens were cleared meanwhile (signed out elsewhere).
      options.onSessionExpired?.();
    }
    return response;
  }

  async function request<T>(
    method: HttpMethod,
    path: string,
    requestOptions: RequestOptions<T> = {},
  ): Promise<T> {
    return unwrap(await exchange(method, path, requestOptions), requestOptions.schema);
  }

  async function getIfChanged<T>(
    path: string,
    etag: string | null,
    requestOptions: RequestOptions<T> = {},
  ): Promise<Conditional<T>> {
    const response = await exchange(
      'GET',
      path,
      requestOptions,
      etag ? { 'If-None-Match': etag } : undefined,
    );
    if (response.status === 304) return { changed: false };
    const data = await unwrap(response, requestOptions.schema);
    return { changed: true, data, etag: response.headers.get('ETag') };
  }

  async function download(
    path: string,
    requestOptions: Omit<RequestOptions<unknown>, 'body' | 'schema'> = {},
  ): Promise<DownloadedFile> {
    const response = await exchange('GET', path, requestOptions, { Accept: '*/*' });
    if (!response.ok) {
      throw problemToApiError(response.status, response.headers, await readBody(response));
    }
    return {
      blob: await response.blob(),
      fileName: attachmentFileName(response.headers.get('Content-Disposition')),
    };
  }

  return {
    request,
    getIfChanged,
    download,
    get: (path, opts) => request('GET', path, opts),
    post: (path, body, opts) => request('POST', path, { ...opts, body }),
    put: (path, body, opts) => request('PUT', path, { ...opts, body }),
    delete: (path, opts) => request('DELETE', path, opts),
    refresh,
  };
}
