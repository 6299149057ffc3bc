import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { attachmentFileName, createApiClient, REFRESH_PATH } from './client';
import { ApiError, parseRetryAfter } from './errors';
import { memoryTokenStore } from './tokens';

interface Call {
  url: string;
  method: string;
  authorization: string | null;
  workspaceId: string | null;
  body: unknown;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType, ...headers },
  });
}

function ok(data: unknown, status = 200): Response {
  return json(status, {
    success: true,
    data,
    message: 'OK',
    timestamp: '2025-01-01T00:00:00Z',
  });
}

function problem(
  status: number,
  error: string,
  message: string,
  details?: Record<string, string>,
  headers?: Record<string, string>,
): Response {
  return json(
    status,
    {
      success: false,
      error,
      message,
      details,
      timestamp: '2025-01-01T00:00:00Z',
      type: 'about:blank',
      title: error,
      status,
    },
    headers,
  );
}

/** A fake fetch answering from a handler and recording every call. */
function fakeFetch(handler: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      url: String(input),
      method: init?.method ?? 'GET',
      authorization: headers.get('Authorization'),
      workspaceId: headers.get('X-Workspace-Id'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return handler(call);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const tokensA = { accessToken: 'access-a', refreshToken: 'refresh-a' };
const tokensB = { accessToken: 'access-b', refreshToken: 'refresh-b' };

describe('envelope unwrapping', () => {
  it('returns the data member of a success envelope', async () => {
    const { fetch } = fakeFetch(() => ok({ id: 'w1', name: 'Acme' }));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    await expect(client.get('/api/thing')).resolves.toEqual({ id: 'w1', name: 'Acme' });
  });

  it('validates data with a schema and strips unknown members', async () => {
    const { fetch } = fakeFetch(() => ok({ id: 'w1', name: 'Acme', extra: true }));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const schema = z.object({ id: z.string(), name: z.string() });
    await expect(client.get('/api/thing', { schema })).resolves.toEqual({ id: 'w1', name: 'Acme' });
  });

  it('rejects data that does not match the schema', async () => {
    const { fetch } = fakeFetch(() => ok({ id: 42 }));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const error = await client
      .get('/api/thing', { schema: z.object({ id: z.string() }) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('InvalidResponse');
  });

  it('returns undefined for 204 No Content', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    await expect(client.delete('/api/thing/1')).resolves.toBeUndefined();
  });

  it('sends JSON bodies and the bearer token', async () => {
    const { fetch, calls } = fakeFetch(() => ok({ id: 'w1' }, 201));
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });
    await client.post('/api/multi-workspace/workspaces', { name: 'Acme' });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: '/api/multi-workspace/workspaces',
      authorization: 'Bearer access-a',
      body: { name: 'Acme' },
    });
  });

  it('sends the X-Workspace-Id header only when a workspace is given', async () => {
    const { fetch, calls } = fakeFetch(() => ok({ items: [] }));
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });
    await client.get('/api/automations', { workspaceId: 'w1' });
    await client.post('/api/runs/r1/cancel', undefined, { workspaceId: 'w2' });
    await client.get('/api/thing');
    expect(calls.map((c) => c.workspaceId)).toEqual(['w1', 'w2', null]);
  });

  it('does not send the token when auth is false', async () => {
    const { fetch, calls } = fakeFetch(() => ok(null));
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });
    await client.post('/api/auth/login', { email: 'a@b.c', password: 'x' }, { auth: false });
    expect(calls[0]?.authorization).toBeNull();
  });
});

describe('problem+json mapping', () => {
  it('maps message and details onto an ApiError with field errors', async () => {
    const { fetch } = fakeFetch(() =>
      problem(400, 'ValidationError', 'The request is not valid', {
        email: 'must be a well-formed email address',
        password: 'size must be at least 10',
      }),
    );
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const error = (await client
      .post('/api/auth/register', {})
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('ValidationError');
    expect(error.message).toBe('The request is not valid');
    expect(error.fieldErrors).toEqual({
      email: 'must be a well-formed email address',
      password: 'size must be at least 10',
    });
    expect(error.hasFieldErrors).toBe(true);
  });

  it('keeps the error code of a conflict', async () => {
    const { fetch } = fakeFetch(() => problem(409, 'Conflict', 'Email already registered'));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const error = (await client
      .post('/api/auth/register', {})
      .catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('Conflict');
    expect(error.message).toBe('Email already registered');
    expect(error.fieldErrors).toEqual({});
  });

  it('turns 429 into a "try again in N seconds" message from Retry-After', async () => {
    const { fetch } = fakeFetch(() =>
      problem(429, 'TooManyRequests', 'Rate limit exceeded', undefined, { 'Retry-After': '42' }),
    );
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const error = (await client
      .post('/api/auth/login', {}, { auth: false })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
    expect(error.message).toBe('Too many attempts, try again in 42 seconds.');
  });

  it('falls back to a readable message when the body is not a problem', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const error = (await client.get('/api/thing').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/something went wrong/i);
  });

  it('reports a network failure as status 0', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    const error = (await client.get('/api/thing').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('NetworkError');
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('refresh once on 401', () => {
  it('refreshes the tokens, retries the request with the new token and stores the pair', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url === REFRESH_PATH) return ok({ ...tokensB, user: { id: 'u1' }, expiresIn: 900 });
      if (call.authorization === 'Bearer access-b') return ok({ hello: 'again' });
      return problem(401, 'Unauthorized', 'Token expired');
    });
    const tokens = memoryTokenStore(tokensA);
    const onTokensRefreshed = vi.fn();
    const onSessionExpired = vi.fn();
    const client = createApiClient({ tokens, fetch, onTokensRefreshed, onSessionExpired });

    await expect(client.get('/api/thing')).resolves.toEqual({ hello: 'again' });

    expect(calls.map((c) => c.url)).toEqual(['/api/thing', REFRESH_PATH, '/api/thing']);
    expect(calls[1]?.body).toEqual({ refreshToken: 'refresh-a' });
    expect(calls[1]?.authorization).toBeNull();
    expect(tokens.get()).toEqual(tokensB);
    expect(onTokensRefreshed).toHaveBeenCalledOnce();
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('gives up after one refresh when the retry is refused again', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url === REFRESH_PATH) return ok(tokensB);
      return problem(401, 'Unauthorized', 'Nope');
    });
    const tokens = memoryTokenStore(tokensA);
    const onSessionExpired = vi.fn();
    const client = createApiClient({ tokens, fetch, onSessionExpired });

    const error = (await client.get('/api/thing').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(401);
    expect(calls.map((c) => c.url)).toEqual(['/api/thing', REFRESH_PATH, '/api/thing']);
    expect(tokens.get()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('clears the session without retrying when the refresh token is refused', async () => {
    const { fetch, calls } = fakeFetch(() => problem(401, 'Unauthorized', 'Expired'));
    const tokens = memoryTokenStore(tokensA);
    const onSessionExpired = vi.fn();
    const client = createApiClient({ tokens, fetch, onSessionExpired });

    await expect(client.get('/api/thing')).rejects.toMatchObject({ status: 401 });

    expect(calls.map((c) => c.url)).toEqual(['/api/thing', REFRESH_PATH]);
    expect(tokens.get()).toBeNull();
    expect(onSessionExpired).toHaveBeenCalledOnce();
  });

  it('shares one refresh between concurrent requests (the refresh token rotates)', async () => {
    let releaseRefresh: () => void = () => {};
    const refreshGate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    const { fetch, calls } = fakeFetch(async (call) => {
      if (call.url === REFRESH_PATH) {
        await refreshGate;
        return ok(tokensB);
      }
      if (call.authorization === 'Bearer access-b') return ok(call.url);
      return problem(401, 'Unauthorized', 'Token expired');
    });
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });

    const all = Promise.all([client.get('/api/one'), client.get('/api/two'), client.get('/api/3')]);
    await vi.waitFor(() => expect(calls.filter((c) => c.url === REFRESH_PATH)).toHaveLength(1));
    releaseRefresh();

    await expect(all).resolves.toEqual(['/api/one', '/api/two', '/api/3']);
    expect(calls.filter((c) => c.url === REFRESH_PATH)).toHaveLength(1);
  });

  it('does not refresh for anonymous requests such as a failed login', async () => {
    const { fetch, calls } = fakeFetch(() =>
      problem(401, 'Unauthorized', 'Wrong email or password'),
    );
    const onSessionExpired = vi.fn();
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch, onSessionExpired });

    await expect(
      client.post('/api/auth/login', { email: 'a@b.c', password: 'x' }, { auth: false }),
    ).rejects.toMatchObject({ message: 'Wrong email or password' });

    expect(calls).toHaveLength(1);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('does not refresh when there are no tokens at all', async () => {
    const { fetch, calls } = fakeFetch(() => problem(401, 'Unauthorized', 'Sign in'));
    const client = createApiClient({ tokens: memoryTokenStore(), fetch });
    await expect(client.get('/api/thing')).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
  });
});

describe('conditional GET', () => {
  it('sends the last ETag and reports a 304 as unchanged, keeping the session', async () => {
    const seen: Array<string | null> = [];
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const tag = new Headers(init?.headers).get('If-None-Match');
      seen.push(tag);
      return tag === 'W/"v1"'
        ? new Response(null, { status: 304, headers: { ETag: 'W/"v1"' } })
        : new Response(JSON.stringify({ success: true, data: { n: 1 } }), {
            status: 200,
            headers: { 'Content-Type': 'application/json', ETag: 'W/"v1"' },
          });
    }) as unknown as typeof globalThis.fetch;
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });

    const first = await client.getIfChanged('/api/runs', null, {
      schema: z.object({ n: z.number() }),
    });
    const second = await client.getIfChanged('/api/runs', 'W/"v1"');

    expect(first).toEqual({ changed: true, data: { n: 1 }, etag: 'W/"v1"' });
    expect(second).toEqual({ changed: false });
    expect(seen).toEqual([null, 'W/"v1"']);
  });
});

describe('files', () => {
  it('sends a FormData as multipart, leaving its Content-Type to the browser', async () => {
    const seen: Array<{ contentType: string | null; body: unknown }> = [];
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({ contentType: new Headers(init?.headers).get('Content-Type'), body: init?.body });
      return ok({ id: 'i1' }, 202);
    });
    const client = createApiClient({
      tokens: memoryTokenStore(tokensA),
      fetch: fetch as unknown as typeof globalThis.fetch,
    });
    const form = new FormData();
    form.append('file', new Blob(['email\na@example.com'], { type: 'text/csv' }), 'a.csv');

    await expect(client.post('/api/crm/imports', form)).resolves.toEqual({ id: 'i1' });
    expect(seen[0]?.contentType).toBeNull();
    expect(seen[0]?.body).toBe(form);
  });

  it('downloads a file with its name, the token and the workspace header', async () => {
    const { fetch, calls } = fakeFetch(
      () =>
        new Response('line,email,reason\n3,x,invalid\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv',
            'Content-Disposition': 'attachment; filename="import-i1-rejected.csv"',
          },
        }),
    );
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });

    const file = await client.download('/api/crm/imports/i1/rejections.csv', { workspaceId: 'w1' });

    expect(file.fileName).toBe('import-i1-rejected.csv');
    expect(await file.blob.text()).toBe('line,email,reason\n3,x,invalid\n');
    expect(calls[0]).toMatchObject({ authorization: 'Bearer access-a', workspaceId: 'w1' });
  });

  it('turns a refused download into an ApiError', async () => {
    const { fetch } = fakeFetch(() => problem(404, 'NotFound', 'Import not found'));
    const client = createApiClient({ tokens: memoryTokenStore(tokensA), fetch });
    const error = await client.download('/api/crm/imports/x/rejections.csv').catch((e) => e);
    expect(error).toMatchObject({ status: 404, message: 'Import not found' });
  });
});

describe('attachmentFileName', () => {
  it.each([
    ['attachment; filename="a.csv"', 'a.csv'],
    ['attachment; filename=b.csv', 'b.csv'],
    ["attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv", 'résumé.csv'],
    [null, null],
  ])('reads %s', (header, name) => {
    expect(attachmentFileName(header)).toBe(name);
  });
});
