import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppProviders, AppRoutes } from '../App';

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
  workspaceId: string | null;
  /** The ETag a conditional request sent back. */
  ifNoneMatch: string | null;
}

export function envelope(data: unknown, status = 200): Response {
  return new Response(
    JSON.stringify({ success: true, data, message: 'OK', timestamp: new Date().toISOString() }),
    { status, headers: { 'Content-Type': 'application/json' } },
  );
}

export function problem(
  status: number,
  error: string,
  message: string,
  details?: Record<string, string>,
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({
      success: false,
      error,
      message,
      details,
      timestamp: new Date().toISOString(),
      type: 'about:blank',
      title: error,
      status,
    }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** Replaces fetch with a handler; unmatched requests answer 404. Returns the recorded requests. */
export function mockBackend(handler: (request: FakeRequest) => Response | undefined) {
  const requests: FakeRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      const request: FakeRequest = {
        method: init?.method ?? 'GET',
        path: String(input),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        authorization: headers.get('Authorization'),
        workspaceId: headers.get('X-Workspace-Id'),
        ifNoneMatch: headers.get('If-None-Match'),
      };
      requests.push(request);
      return handler(request) ?? problem(404, 'NotFound', `No fake for ${request.path}`);
    }),
  );
  return requests;
}

/** Renders the whole app (providers + routes) at a path. */
export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders>
        <AppRoutes />
      </AppProviders>
    </MemoryRouter>,
  );
}
