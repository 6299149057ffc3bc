import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/*
 * The run inspector against a running platform. The owner and the automations are set up through
 * the API, as an integration would; the browser then watches runs appear without a reload,
 * approves a waiting run and sees it finish, and retries a failed run from its failed step.
 *
 * The failing automation calls a small HTTP server of this test that refuses its first request
 * (503) and answers later ones, so the failure and the successful retry are deterministic. The
 * platform must be allowed to call it: start it with MEWAYZ_HTTP_ALLOWED_HOSTS=localhost.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotsDir}runs-${name}.png`, fullPage: true });
}

/** Answers 503 to the first call and 200 afterwards, counting calls. */
function flakyOrderService(): Promise<{ server: Server; url: string; calls: () => number }> {
  let calls = 0;
  const server = createServer((_request, response) => {
    calls += 1;
    const ok = calls > 1;
    response.writeHead(ok ? 200 : 503, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(ok ? { ok: true } : { error: 'busy' }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://localhost:${port}/orders`, calls: () => calls });
    }),
  );
}

type Api = {
  post: (path: string, data?: unknown) => Promise<Record<string, unknown>>;
  get: (path: string) => Promise<Record<string, unknown>>;
};

function workspaceApi(request: APIRequestContext, token: string, workspaceId: string): Api {
  const headers = { Authorization: `Bearer ${token}`, 'X-Workspace-Id': workspaceId };
  const unwrap = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    const body = (await response.json()) as { data: Record<string, unknown> };
    expect(response.ok(), JSON.stringify(body)).toBe(true);
    return body.data;
  };
  return {
    post: async (path, data = {}) => unwrap(await request.post(path, { headers, data })),
    get: async (path) => unwrap(await request.get(path, { headers })),
  };
}

async function publish(api: Api, name: string, graph: unknown): Promise<string> {
  const automation = await api.post('/api/automations', { name, graph });
  await api.post(`/api/automations/${automation.id}/versions`, {});
  return String(automation.id);
}

const approvalThenMail = (to: string) => ({
  nodes: [
    { id: 'start', type: 'trigger.manual', params: {} },
    { id: 'ask', type: 'approval.request', params: { message: 'Send the welcome pack?' } },
    {
      id: 'mail',
      type: 'email.send',
      params: { to, subject: 'Your welcome pack', text: 'It is on its way.' },
    },
  ],
  edges: [
    { from: 'start', to: 'ask' },
    { from: 'ask', to: 'mail', port: 'approved' },
  ],
});

const callOrderService = (url: string) => ({
  nodes: [
    { id: 'start', type: 'trigger.manual', params: {} },
    { id: 'note', type: 'data.set', params: { values: { attempted: true } } },
    {
      id: 'call',
      type: 'http.request',
      params: { method: 'POST', url, body: { order: 1001 } },
      retry: { maxAttempts: 1 },
    },
  ],
  edges: [
    { from: 'start', to: 'note' },
    { from: 'note', to: 'call' },
  ],
});

test('runs appear live; a waiting run is approved and completes; a failed run is retried', async ({
  page,
  request,
}) => {
  const orders = await flakyOrderService();
  try {
    const registered = await request.post('/api/auth/register', {
      data: {
        email: `runs-${unique}@example.com`,
        password: `runs-pass-${unique}`,
        name: 'Rita Runner',
      },
    });
    expect(registered.ok()).toBe(true);
    const { accessToken, refreshToken } = (await registered.json()).data;
    const created = await request.post('/api/multi-workspace/workspaces', {
      headers: { Authorization: `Bearer ${accessToken}` },
      data: { name: `Runs ${unique}` },
    });
    const workspaceId: string = (await created.json()).data.id;
    const api = workspaceApi(request, accessToken, workspaceId);
    const welcome = await publish(
      api,
      'Welcome pack',
      approvalThenMail(`new-${unique}@example.com`),
    );
    const sync = await publish(api, 'Sync order', callOrderService(orders.url));

    await page.addInitScript(
      ([access, refresh]) => {
        window.localStorage.setItem('mewayz.accessToken', access!);
        window.localStorage.setItem('mewayz.refreshToken', refresh!);
      },
      [accessToken, refreshToken],
    );

    let waitingRun = '';
    let failedRun = '';
    await test.step('the runs list shows new runs without a reload', async () => {
      await page.goto(`/workspaces/${workspaceId}/runs`);
      await expect(page.getByRole('heading', { name: 'No runs yet' })).toBeVisible();
      waitingRun = String(
        (await api.post(`/api/automations/${welcome}/runs`, { input: {} })).runId,
      );
      failedRun = String((await api.post(`/api/automations/${sync}/runs`, { input: {} })).runId);
      await expect(page.getByRole('link', { name: `Run ${waitingRun}` })).toBeVisible();
      await expect(page.getByRole('link', { name: `Run ${failedRun}` })).toBeVisible();
      const rows = page.getByRole('table', { name: 'Runs' }).getByRole('row');
      await expect(rows.filter({ hasText: 'Welcome pack' })).toContainText('Waiting');
      await expect(rows.filter({ hasText: 'Sync order' })).toContainText('Failed');
      await expect(page.getByText(/Live · updated/)).toBeVisible();
      await screenshot(page, 'list');
    });

    await test.step('filters go to the link, so it shares the view', async () => {
      await page.getByLabel('Status').selectOption('FAILED');
      await expect(page).toHaveURL(/status=FAILED/);
      await expect(page.getByRole('link', { name: `Run ${waitingRun}` })).toHaveCount(0);
      await page.reload();
      await expect(page.getByLabel('Status')).toHaveValue('FAILED');
      await expect(page.getByRole('link', { name: `Run ${failedRun}` })).toBeVisible();
      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await expect(page.getByRole('link', { name: `Run ${waitingRun}` })).toBeVisible();
    });

    await test.step('the waiting run shows its approval step waiting; approving completes it', async () => {
      await page.getByRole('link', { name: `Run ${waitingRun}` }).click();
      await expect(page.getByLabel('ask: Approval, waiting')).toBeVisible();
      await expect(page.getByLabel('start: Manual or API, completed')).toBeVisible();
      await expect(page.getByLabel('mail: Send email, not reached')).toBeVisible();
      await screenshot(page, 'detail-waiting');
      await page.getByLabel('Comment for ask (optional)').fill('Looks right');
      await page.getByRole('button', { name: 'Approve step ask' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Run status: Completed' }),
      ).toBeAttached();
      await expect(page.getByLabel('mail: Send email, completed')).toBeVisible();
      await expect(page.getByLabel('ask: Approval, completed')).toBeVisible();
      await expect(page.getByText(/^Updated \d+ s ago/)).toBeVisible();
      await screenshot(page, 'detail-completed');
    });

    await test.step('the failed run names its failed step; retrying it completes', async () => {
      await page.goto(`/workspaces/${workspaceId}/runs/${encodeURIComponent(failedRun)}`);
      await expect(page.getByLabel('call: HTTP request, failed')).toBeVisible();
      await expect(page.getByText('Failed at step call')).toBeVisible();
      const failure = await api.get(`/api/runs/${encodeURIComponent(failedRun)}`);
      expect(
        String(failure.error),
        "the platform refused to call this test's server: start it with MEWAYZ_HTTP_ALLOWED_HOSTS=localhost",
      ).not.toMatch(/loopback|not allowed/i);
      await screenshot(page, 'detail-failed');
      await page.getByRole('button', { name: 'Retry from step call' }).click();
      await expect(page).toHaveURL(/\.retry1$/);
      await expect(page.getByLabel('call: HTTP request, completed')).toBeVisible();
      // The steps before the failed one were not run again.
      await expect(page.getByLabel('note: Set variables, completed')).toBeVisible();
      expect(orders.calls()).toBe(2);
      await expect(page.getByRole('link', { name: failedRun })).toBeVisible();
    });

    await test.step('on a phone the list becomes cards and the run page stacks', async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`/workspaces/${workspaceId}/runs`);
      await expect(page.getByRole('link', { name: `Run ${waitingRun}` })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'phone-list');
      // The filters fold away on a phone, one tap from the runs.
      await expect(page.getByLabel('Status')).toBeHidden();
      await page.getByRole('button', { name: 'Filters' }).click();
      await expect(page.getByLabel('Status')).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.goto(`/workspaces/${workspaceId}/runs/${encodeURIComponent(waitingRun)}`);
      await expect(page.getByLabel('mail: Send email, completed')).toBeVisible();
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'phone-detail');
      await page.getByRole('button', { name: 'Hide graph' }).click();
      await expect(page.getByLabel('mail: Send email, completed')).toBeHidden();
      await expect(page.getByRole('button', { name: 'Show graph' })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
    });
  } finally {
    orders.server.close();
  }
});

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}
