import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The app on a phone (375 px wide): every page of a workspace fits the screen without sideways
 * scrolling, and the navigation is a drawer behind the menu button. Also checks that the
 * templates gallery creates an automation.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

async function data<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

async function signedInWorkspace(request: APIRequestContext, page: Page) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const session = await data<{ accessToken: string; refreshToken: string }>(
    await request.post('/api/auth/register', {
      data: { email: `phone-${id}@example.com`, password: `phone-pass-${id}`, name: 'Pia Phone' },
    }),
  );
  const auth = { Authorization: `Bearer ${session.accessToken}` };
  const workspace = await data<{ id: string }>(
    await request.post('/api/multi-workspace/workspaces', {
      headers: auth,
      data: { name: `A workspace with a rather long name ${id}` },
    }),
  );
  await page.addInitScript((s) => {
    localStorage.setItem('mewayz.accessToken', s.accessToken);
    localStorage.setItem('mewayz.refreshToken', s.refreshToken);
  }, session);
  return { workspaceId: workspace.id, headers: { ...auth, 'X-Workspace-Id': workspace.id } };
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0);
}

test('every workspace page fits a phone screen and the menu opens as a drawer', async ({
  page,
  request,
}) => {
  const { workspaceId, headers } = await signedInWorkspace(request, page);
  const base = `/workspaces/${workspaceId}`;

  await test.step('the templates gallery creates an automation', async () => {
    await page.goto(`${base}/automations`);
    await page.getByRole('link', { name: 'Start from a template' }).click();
    await expect(page.getByRole('heading', { name: 'Automation templates' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Templates' }).getByRole('listitem')).toHaveCount(
      6,
    );
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${screenshotsDir}phone-templates.png`, fullPage: true });
    await page.getByRole('button', { name: 'Use template: Abandoned checkout' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/automations/[0-9a-f]{24}$`));
  });

  const automations = await data<{ items: { id: string }[] }>(
    await request.get('/api/automations', { headers }),
  );
  const automationId = automations.items[0]!.id;
  await request.post(`/api/automations/${automationId}/versions`, { headers, data: {} });
  const started = await data<{ runId: string }>(
    await request.post(`/api/automations/${automationId}/runs`, {
      headers,
      data: { input: { order: { id: 'o-1' }, customer: { email: 'ana@example.com' } } },
    }),
  );

  for (const [name, path] of [
    ['automations', `${base}/automations`],
    ['runs', `${base}/runs`],
    ['run', `${base}/runs/${encodeURIComponent(started.runId)}`],
    ['members', `${base}/members`],
    ['settings', `${base}/settings`],
  ]) {
    await test.step(`${name} fits the screen`, async () => {
      await page.goto(path!);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${screenshotsDir}phone-${name}.png`, fullPage: true });
    });
  }

  await test.step('the navigation is a drawer behind the menu button', async () => {
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await menu.click();
    await expect(page.getByRole('link', { name: 'Automations' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  });
});
