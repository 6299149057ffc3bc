import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';

/** Helpers the browser scenarios share: sign-up through the API, layout checks. */

export async function data<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

/** Registers an owner with a fresh workspace and signs them in in the browser. */
export async function signedInOwner(
  request: APIRequestContext,
  page: Page,
  owner: { email: string; password: string; name: string; workspace: string },
): Promise<string> {
  const session = await data<{ accessToken: string; refreshToken: string }>(
    await request.post('/api/auth/register', {
      data: { email: owner.email, password: owner.password, name: owner.name },
    }),
  );
  const workspace = await data<{ id: string }>(
    await request.post('/api/multi-workspace/workspaces', {
      headers: { Authorization: `Bearer ${session.accessToken}` },
      data: { name: owner.workspace },
    }),
  );
  await page.addInitScript((s) => {
    localStorage.setItem('mewayz.accessToken', s.accessToken);
    localStorage.setItem('mewayz.refreshToken', s.refreshToken);
  }, session);
  return workspace.id;
}

export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}
