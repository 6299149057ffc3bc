import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The designer, through the real UI against a running platform: an owner creates an automation,
 * builds "manual trigger → wait 2 days → send email" by dragging steps from the palette and
 * connecting ports, sees the server refuse the mail without a subject (the step turns red), fixes
 * it, publishes, starts a run through the API and sees it wait, simulates and watches the
 * playback reach the mail at "+2 days".
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const owner = {
  name: 'Dana Designer',
  email: `designer-${runId}@example.com`,
  password: `designer-pass-${runId}`,
};

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotsDir}designer-${name}.png` });
}

const step = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const handle = (node: Locator, id: string) =>
  node.locator(`.react-flow__handle[data-handleid="${id}"]`);

/** Drops a palette item onto the canvas at a point relative to a step already there. */
async function dropBelow(page: Page, label: string, anchor: Locator, dy: number) {
  const box = (await anchor.boundingBox())!;
  await page
    .getByRole('button', { name: `Add ${label}` })
    .dragTo(page.locator('.react-flow__pane'), {
      targetPosition: await paneOffset(page, box.x + box.width / 2, box.y + box.height + dy),
    });
}

async function paneOffset(page: Page, x: number, y: number) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  return { x: x - pane.x, y: y - pane.y };
}

async function connectPorts(from: Locator, port: string, to: Locator) {
  await handle(from, port).dragTo(handle(to, 'in'));
}

test.use({ viewport: { width: 1440, height: 1000 } });

test('build, validate, publish, run and simulate an automation in the designer', async ({
  page,
  request,
}) => {
  let workspaceId = '';
  let ownerToken = '';

  await test.step('an owner with a workspace signs in', async () => {
    const registered = await request.post('/api/auth/register', { data: owner });
    expect(registered.ok()).toBe(true);
    const { accessToken, refreshToken } = (await registered.json()).data;
    ownerToken = accessToken;
    const created = await request.post('/api/multi-workspace/workspaces', {
      data: { name: `Designer ${runId}` },
      headers: { Authorization: `Bearer ${accessToken}` },
    });
    expect(created.ok()).toBe(true);
    workspaceId = (await created.json()).data.id;
    await page.addInitScript(
      ([access, refresh]) => {
        window.localStorage.setItem('mewayz.accessToken', access!);
        window.localStorage.setItem('mewayz.refreshToken', refresh!);
      },
      [accessToken as string, refreshToken as string],
    );
  });

  await test.step('a new automation opens in the designer with a manual trigger', async () => {
    await page.goto(`/workspaces/${workspaceId}/automations`);
    await page.getByRole('button', { name: 'New automation' }).click();
    await expect(page).toHaveURL(/\/automations\/[^/]+$/);
    await expect(page.getByRole('heading', { name: 'Design Untitled automation' })).toBeAttached();
    await expect(step(page, 'start')).toBeVisible();
    await page.getByLabel('Automation name').fill(`Welcome ${runId}`);
    await expect(page.getByText('Unsaved changes')).toBeVisible();
  });

  await test.step('steps are dragged in from the palette and connected', async () => {
    await dropBelow(page, 'Delay', step(page, 'start'), 110);
    await expect(step(page, 'wait_delay')).toBeVisible();
    await dropBelow(page, 'Send email', step(page, 'wait_delay'), 110);
    await expect(step(page, 'email_send')).toBeVisible();
    await connectPorts(step(page, 'start'), 'out', step(page, 'wait_delay'));
    await connectPorts(step(page, 'wait_delay'), 'out', step(page, 'email_send'));
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
    await screenshot(page, '1-built');
  });

  await test.step('a connection the engine would refuse is refused while dragging', async () => {
    const from = (await handle(step(page, 'email_send'), 'out').boundingBox())!;
    const to = (await handle(step(page, 'wait_delay'), 'in').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 20, { steps: 8 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 4 });
    const reason = page.getByText('That would make a cycle; only a Loop may be looped back into');
    await expect(reason).toBeVisible();
    await page.mouse.up();
    await expect(reason).toBeHidden();
    await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  });

  await test.step('keyboard: duplicate, delete, undo, redo, and Enter on the palette', async () => {
    const edges = page.locator('.react-flow__edge');
    await step(page, 'email_send').click();
    await page.keyboard.press('Control+d');
    await expect(step(page, 'email_send_2')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(step(page, 'email_send_2')).toHaveCount(0);

    await step(page, 'wait_delay').click();
    await page.keyboard.press('Delete');
    await expect(step(page, 'wait_delay')).toHaveCount(0);
    await expect(edges).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(step(page, 'wait_delay')).toBeVisible();
    await expect(edges).toHaveCount(2);
    await page.keyboard.press('Control+Shift+z');
    await expect(step(page, 'wait_delay')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(edges).toHaveCount(2);

    await step(page, 'email_send').click();
    await page.getByRole('button', { name: 'Add End' }).press('Enter');
    await expect(step(page, 'flow_end')).toBeVisible();
    await expect(page.locator('.react-flow__edge[data-id="email_send:out->flow_end"]')).toHaveCount(
      1,
    );
    await page.keyboard.press('Control+z');
    await expect(step(page, 'flow_end')).toHaveCount(0);

    // Arrow keys move the selected step; a burst of presses is one undo step.
    const mail = step(page, 'email_send');
    const x = async () => (await mail.boundingBox())!.x;
    await mail.click();
    const before = await x();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(x).toBeGreaterThan(before + 10);
    await page.keyboard.press('Control+z');
    await expect.poll(x).toBeCloseTo(before, 0);
  });

  await test.step('parameters are filled, leaving the subject empty', async () => {
    await step(page, 'wait_delay').click();
    await page.getByLabel(/^duration/i).fill('P2D');
    await step(page, 'email_send').click();
    await page.getByLabel(/^to\b/i).fill('{{ trigger.email }}');
    await page.getByLabel(/^text\b/i).fill('Welcome aboard!');
  });

  await test.step('saving shows the server refusing the mail without a subject', async () => {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'subject' })).toBeVisible();
    await expect(step(page, 'email_send').locator('.step-node--invalid')).toBeVisible();
    const problem = page.getByRole('list', { name: 'Problems' }).getByRole('button');
    await expect(problem).toContainText('is required');
    await screenshot(page, '2-problem');
    await problem.click();
    await expect(step(page, 'email_send')).toHaveClass(/selected/);
  });

  await test.step('the subject is filled and the draft saves', async () => {
    await page.getByRole('tab', { name: 'Step' }).click();
    await page.getByLabel(/^subject/i).fill('Two days in');
    await expect(step(page, 'email_send').locator('.step-node--invalid')).toHaveCount(0);
    await page.keyboard.press('Control+s');
    await expect(page.getByText('Draft saved.')).toBeVisible();
    await expect(page.getByText('All changes saved')).toBeVisible();
  });

  await test.step('publishing makes version 1 active', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish a new version' });
    await dialog.getByLabel('What changed (optional)').fill('Welcome mail two days in');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Published version 1; it is active.')).toBeVisible();
    await page.getByRole('tab', { name: 'Versions' }).click();
    const v1 = page.getByRole('listitem', { name: 'Version 1' });
    await expect(v1).toContainText('active');
    await expect(v1).toContainText('Welcome mail two days in');
    await expect(v1).toContainText('First version: 3 steps');
  });

  await test.step('a run started through the API waits its two days', async () => {
    const designerUrl = page.url();
    const automationId = new URL(designerUrl).pathname.split('/').pop()!;
    const started = await request.post(`/api/automations/${automationId}/runs`, {
      data: { input: { email: 'ada@example.com' } },
      headers: { Authorization: `Bearer ${ownerToken}`, 'X-Workspace-Id': workspaceId },
    });
    expect(started.status()).toBe(202);
    const { runId } = (await started.json()).data;
    await page.goto(`/workspaces/${workspaceId}/runs?automationId=${automationId}`);
    await page.getByRole('link', { name: `Run ${runId}` }).click();
    await expect(page.getByLabel('wait_delay: Delay, waiting')).toBeVisible();
    await expect(page.getByLabel('email_send: Send email, not reached')).toBeVisible();
    await screenshot(page, '3-run-waiting');
    await page.goto(designerUrl);
    await expect(step(page, 'email_send')).toBeVisible();
  });

  await test.step('simulating plays the run on the canvas, the mail at +2 days', async () => {
    await page.getByRole('tab', { name: 'Simulate' }).click();
    await page.getByLabel('Sample input (JSON)').fill('{"email": "ada@example.com"}');
    await page.getByRole('button', { name: 'Simulate', exact: true }).click();
    const result = page.getByRole('region', { name: 'Simulation result' });
    await expect(result.getByText('COMPLETED', { exact: true })).toBeVisible();
    await expect(result).toContainText('Simulated time: 2 days');
    await expect(result.getByRole('status')).toHaveText(/Step 3 of 3: email_send at \+2 days/);
    await expect(step(page, 'email_send')).toContainText('+2 days');
    await expect(step(page, 'email_send').locator('.step-node--state-completed')).toBeVisible();
    await screenshot(page, '4-simulated');
  });

  await test.step('rolling back republishes version 1 as version 2', async () => {
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('button', { name: 'Roll back to version 1' }).click();
    await expect(page.getByText(/Rolled back to version 1/).first()).toBeVisible();
    const v2 = page.getByRole('listitem', { name: 'Version 2' });
    await expect(v2).toContainText('active');
    await expect(v2).toContainText('No change to the steps');
    await expect(page.getByRole('listitem', { name: 'Version 1' })).not.toContainText('active');
    await screenshot(page, '5-versions');

    await page.getByRole('button', { name: 'Activate version 1' }).click();
    await expect(page.getByRole('listitem', { name: 'Version 1' })).toContainText('active');
    await expect(v2).not.toContainText('active');
    await page
      .getByRole('listitem', { name: 'Version 1' })
      .getByRole('button', { name: 'Deactivate' })
      .click();
    await expect(page.getByText('active', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Activate version 2' })).toBeVisible();
  });

  await test.step('the automations list and the templates gallery', async () => {
    await page.goto(`/workspaces/${workspaceId}/automations`);
    await expect(page.getByRole('link', { name: `Welcome ${runId}` }).first()).toBeVisible();
    await screenshot(page, '6-automations');
    await page.getByRole('link', { name: 'New from template' }).click();
    await expect(page.getByRole('list', { name: 'Templates' }).getByRole('listitem')).toHaveCount(
      6,
    );
    await screenshot(page, '7-templates');
  });
});
