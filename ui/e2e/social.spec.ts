import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { data, expectNoSidewaysScroll, signedInOwner } from './support';

/*
 * Social posts from the browser against a running platform: the owner connects an X account by
 * pasting a token and adds a LinkedIn account without one (shown as not connected, not offered in
 * the composer), sets the queue's weekly slots, writes a post whose per-network count refuses a
 * text too long for X, puts it in the next queue slot, reschedules it to a chosen time and cancels
 * it. Nothing is published: every post here waits in its real SocialPostWorkflow.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

test('connect accounts, set the queue, schedule, reschedule and cancel a post', async ({
  page,
  request,
}) => {
  const workspaceId = await signedInOwner(request, page, {
    email: `social-${unique}@example.com`,
    password: `social-pass-${unique}`,
    name: 'Sol Social',
    workspace: `Social ${unique}`,
  });
  await page.goto(`/workspaces/${workspaceId}/social`);
  await expect(page.getByRole('heading', { name: 'Social posts', level: 1 })).toBeVisible();

  // Accounts: X connected by a pasted token, LinkedIn added without one.
  await page.getByLabel('Name shown in Mewayz').fill('Shop on X');
  await page.getByLabel('X username').fill('@shop');
  await page.getByLabel('Access token (paste to connect)').fill(`x-user-token-${unique}`);
  await page.getByRole('button', { name: 'Add account' }).click();
  const accounts = page.getByRole('list', { name: 'Connected accounts' });
  await expect(accounts.getByRole('listitem').filter({ hasText: 'Shop on X' })).toContainText(
    'Connected',
  );
  await page.getByLabel('Network').selectOption('LINKEDIN');
  await page.getByLabel('Name shown in Mewayz').fill('Ana on LinkedIn');
  await page.getByLabel('LinkedIn author URN').fill('urn:li:person:ana123');
  await page.getByRole('button', { name: 'Add account' }).click();
  await expect(accounts.getByRole('listitem').filter({ hasText: 'Ana on LinkedIn' })).toContainText(
    'Not connected',
  );
  await expect(page.getByRole('checkbox', { name: /Ana on LinkedIn/ })).toBeDisabled();

  // The queue: Monday, Wednesday and Friday at 09:00 in Paris.
  await page.getByLabel('Time zone').fill('Europe/Paris');
  for (const day of ['MONDAY', 'WEDNESDAY', 'FRIDAY']) {
    await page.getByRole('button', { name: 'Add a slot' }).click();
    const count = await page.getByLabel(/^Slot \d+ day$/).count();
    await page.getByLabel(`Slot ${count} day`).selectOption(day);
  }
  await page.getByRole('button', { name: 'Save slots' }).click();
  await expect(page.getByText('Queue slots saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next free slots' })).toBeVisible();

  // The composer counts what X counts and refuses a text over 280.
  await page.getByRole('checkbox', { name: /Shop on X/ }).check();
  await page.getByLabel('Text').fill('a'.repeat(281));
  await expect(page.getByRole('list', { name: 'Characters per network' })).toContainText(
    'X: 281 / 280 — 1 too many',
  );
  await expect(page.getByRole('button', { name: 'Schedule post' })).toBeDisabled();
  await page.getByLabel('Text').fill(`Spring sale ${unique}: https://shop.example/spring`);
  await expect(page.getByRole('list', { name: 'Characters per network' })).toContainText(
    `X: ${`Spring sale ${unique}: `.length + 23} / 280`,
  );
  await page.getByRole('radio', { name: /Next free queue slot/ }).check();
  await page.getByRole('button', { name: 'Schedule post' }).click();
  await expect(page.getByText('Post scheduled.')).toBeVisible();

  const posts = page.getByRole('region', { name: /^(Mon|Wed|Fri)/ });
  const item = page.locator('.social-post').filter({ hasText: `Spring sale ${unique}` });
  await expect(item).toContainText('Scheduled');
  await expect(item).toContainText('Queue');
  await expect(posts.first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${screenshotsDir}social-scheduled.png`, fullPage: true });

  // Reschedule to a chosen time, then cancel.
  await item.getByRole('button', { name: 'Reschedule' }).click();
  const later = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T10:30`;
  await item.getByLabel('New time').fill(local);
  await item.getByRole('button', { name: 'Save time' }).click();
  await expect(item).not.toContainText('Queue');
  await expect(item.locator('time')).toHaveText(/10:30/);

  await item.getByRole('button', { name: 'Cancel this post' }).click();
  await item.getByRole('button', { name: 'Cancel the post' }).click();
  await expect(item).toContainText('Cancelled');
  await expect(item.getByRole('button', { name: 'Reschedule' })).toHaveCount(0);

  // The API agrees: the post was cancelled by its workflow, the slot freed for the next post.
  const session = await page.evaluate(() => localStorage.getItem('mewayz.accessToken'));
  const list = await data<{ items: { status: string; text: string }[] }>(
    await request.get('/api/social/posts', {
      headers: { Authorization: `Bearer ${session}`, 'X-Workspace-Id': workspaceId },
    }),
  );
  expect(list.items.map((p) => p.status)).toEqual(['CANCELLED']);
  await page.screenshot({ path: `${screenshotsDir}social-cancelled.png`, fullPage: true });
});
