import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The foundation scenario, through the real UI against a running platform in embedded mode:
 * an owner signs up, creates a workspace and invites a colleague as EDITOR; the invitation
 * mail shows up in the mail sink; the colleague opens the link, signs up and accepts, and
 * then finds the workspace in their list.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const owner = {
  name: 'Olivia Owner',
  email: `owner-${runId}@example.com`,
  password: `owner-pass-${runId}`,
};
const invitee = {
  name: 'Ethan Editor',
  email: `editor-${runId}@example.com`,
  password: `editor-pass-${runId}`,
};
const workspaceName = `Foundation ${runId}`;

let shot = 0;
async function screenshot(page: Page, name: string) {
  shot += 1;
  const file = `${screenshotsDir}${String(shot).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: file, fullPage: true });
}

async function register(page: Page, user: { name: string; email: string; password: string }) {
  await page.getByLabel('Full name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('register, create a workspace, invite, read the mail, accept as the invitee', async ({
  page,
}) => {
  let invitationPath = '';

  await test.step('the owner registers', async () => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    await register(page, owner);
    await expect(page.getByRole('heading', { name: 'Create your first workspace' })).toBeVisible();
    await screenshot(page, 'owner-registered');
  });

  await test.step('the owner creates a workspace', async () => {
    await page.getByLabel('Workspace name').fill(workspaceName);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
    await expect(page.getByLabel('Workspace', { exact: true })).toHaveValue(/.+/);
    await screenshot(page, 'workspace-created');
  });

  await test.step('the owner invites a colleague as EDITOR', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Members' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    await page.getByLabel('Email address').fill(invitee.email);
    await page.getByLabel('Role').selectOption('EDITOR');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(`Invitation sent to ${invitee.email}.`)).toBeVisible();

    const row = page.getByRole('table', { name: 'Invitations' }).getByRole('row').filter({
      hasText: invitee.email,
    });
    await expect(row).toBeVisible();
    await expect(row).toContainText('PENDING');
    await expect(row).toContainText('Editor');
    await screenshot(page, 'invitation-pending');
  });

  await test.step('the invitation mail arrives in the mail sink', async () => {
    await page.goto('/mails');
    await expect(page.getByRole('heading', { level: 1, name: 'Mail sink' })).toBeVisible();
    // The invitation workflow sends the mail asynchronously; the page refreshes every 3 s.
    const mail = page
      .getByRole('button')
      .filter({ hasText: invitee.email })
      .filter({ hasText: workspaceName })
      .first();
    await expect(mail).toBeVisible({ timeout: 60_000 });
    await mail.click();
    await expect(page.getByRole('heading', { level: 2 })).toContainText(workspaceName);
    const link = page.getByTestId('mail-app-link').filter({ hasText: '/invitations/' }).first();
    await expect(link).toBeVisible();
    invitationPath = (await link.getAttribute('href')) ?? '';
    expect(invitationPath).toMatch(/^\/invitations\/[^/?]+/);
    await screenshot(page, 'invitation-mail');
  });

  await test.step('the owner signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Mewayz' })).toBeVisible();
  });

  await test.step('the invitee opens the link and registers', async () => {
    await page.goto(invitationPath);
    await expect(page.getByRole('heading', { name: `Join ${workspaceName}` })).toBeVisible();
    await expect(page.getByText(invitee.email).first()).toBeVisible();
    await screenshot(page, 'invitation-page');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page.getByLabel('Email')).toHaveValue(invitee.email);
    await register(page, invitee);
    await expect(page.getByRole('button', { name: 'Accept invitation' })).toBeVisible();
    await screenshot(page, 'invitee-registered');
  });

  await test.step('the invitee accepts and sees the workspace', async () => {
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
    await expect(page.getByText(`Welcome to ${workspaceName}!`)).toBeVisible();
    await screenshot(page, 'invitation-accepted');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workspaces' })
      .click();
    const item = page.getByRole('listitem').filter({ hasText: workspaceName });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Editor');
    await screenshot(page, 'invitee-workspaces');
  });
});
