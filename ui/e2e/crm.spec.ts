import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectNoSidewaysScroll, signedInOwner } from './support';

/*
 * Managing contacts from the browser against a running platform: the owner adds a contact with a
 * tag and a custom field, imports a CSV (one row repeating an email, one with no valid email) and
 * watches its real ContactImportWorkflow reach 100%, downloads the rejected rows, builds a segment
 * whose count moves as it is built, and unsubscribes a contact, whose consent history says so.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const email = (name: string) => `${name}-${unique}@example.com`;

/**
 * The screen as the owner sees it. The desktop steps run in a tall window, so their pages fit it
 * whole without stitching the fixed sidebar and top bar into the middle of the picture.
 */
async function screenshot(page: Page, name: string, fullPage = false) {
  // Transitions finished, so the progress bar is drawn where it stands.
  await page.screenshot({
    path: `${screenshotsDir}crm-${name}.png`,
    fullPage,
    animations: 'disabled',
  });
}

async function openTab(page: Page, name: 'Contacts' | 'Segments' | 'Imports') {
  await page.getByRole('navigation', { name: 'Audience' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/*
 * Line 1 is the header. Line 4 repeats line 2's email (in capitals), line 5 has no valid email,
 * line 6 is Ana, added by hand first: updated, her plan kept (the cell is empty), tag added.
 */
const CSV = [
  'Email,First name,Tags,Plan',
  `${email('ben')},Ben,customer,pro`,
  `${email('cara')},Cara,customer;vip,basic`,
  `${email('ben').toUpperCase()},Benjamin,,`,
  'not-an-email,Dan,customer,pro',
  `${email('ana')},Ana,customer,`,
].join('\n');

test('contacts are added, imported, segmented and unsubscribed from the browser', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 1400 });
  const workspaceId = await signedInOwner(request, page, {
    email: `crm-${unique}@example.com`,
    password: `crm-pass-${unique}`,
    name: 'Carla Contacts',
    workspace: `Audience ${unique}`,
  });

  await test.step('the owner adds a contact with a tag and a custom field', async () => {
    await page.goto(`/workspaces/${workspaceId}`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audience' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/workspaces/${workspaceId}/contacts$`));
    await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByLabel('Email').fill(email('ana'));
    await page.getByLabel('First name (optional)').fill('Ana');
    await page.getByLabel('Last name (optional)').fill('Lima');
    await page.getByLabel('Tags', { exact: true }).fill('vip');
    await page.getByLabel('Tags', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Add a field' }).click();
    await page.getByLabel('Field 1 name').fill('plan');
    await page.getByLabel('Field 1 value').fill('pro');
    await screenshot(page, 'contact-form');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByText(`${email('ana')} was added.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText('plan');
    await expect(details).toContainText('pro');
    await expect(page.getByRole('list', { name: 'Tags of this contact (chosen)' })).toContainText(
      'vip',
    );
  });

  await test.step('a CSV import runs to 100% and its rejected rows download', async () => {
    await openTab(page, 'Imports');
    await expect(page.getByText('Which columns are read')).toBeVisible();
    await page.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await page.getByRole('button', { name: 'Start import' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Import of people.csv' }),
    ).toBeVisible();
    const bar = page.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByText('5 of 5 rows · 100%')).toBeVisible();
    const summary = 'Import completed: 2 created, 1 updated, 2 rejected.';
    await expect(page.getByRole('status').filter({ hasText: summary })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);
    await screenshot(page, 'import-completed');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download rejected rows (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^import-.+-rejected\.csv$/);
    const report = readFileSync((await download.path())!, 'utf8');
    const lines = report.trim().split(/\r?\n/);
    expect(lines[0]).toBe('line,email,reason');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^4,.*repeats the email of line 2/i);
    expect(lines[2]).toMatch(/^5,not-an-email,.*not a valid email address/);

    await openTab(page, 'Imports');
    const recent = page.getByRole('table', { name: 'Recent imports' });
    await expect(recent.getByRole('row').filter({ hasText: 'people.csv' })).toContainText(
      'Completed',
    );
  });

  await test.step('the contacts list filters by tag and search, in the URL', async () => {
    await openTab(page, 'Contacts');
    const contacts = page.getByRole('table', { name: 'Contacts' });
    await expect(contacts.getByRole('row')).toHaveCount(4);
    await page.getByLabel('Tag', { exact: true }).fill('vip');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/tag=vip/);
    await expect(contacts.getByRole('row')).toHaveCount(3);
    await page.getByLabel('Search', { exact: true }).fill('cara');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=cara/);
    await expect(contacts.getByRole('row')).toHaveCount(2);
    await expect(contacts).toContainText(email('cara'));
  });

  await test.step('a segment counts its contacts as it is built', async () => {
    await openTab(page, 'Segments');
    await page.getByRole('link', { name: 'Build a segment' }).click();
    const count = page.locator('p.crm-match[role="status"]');
    await expect(count).toHaveText('3 contacts match');
    await page.getByLabel('Name').fill('Pro customers');
    await page.getByLabel('Has all of these tags', { exact: true }).fill('customer');
    await page.getByLabel('Has all of these tags', { exact: true }).press('Enter');
    // Ana took the customer tag from the file: all three still match.
    await expect(count).toHaveText('3 contacts match');
    await page.getByRole('button', { name: 'Add a field rule' }).click();
    await page.getByLabel('Rule 1 field').fill('plan');
    await page.getByLabel('Rule 1 value').fill('pro');
    await expect(count).toHaveText('2 contacts match');
    await page.getByRole('checkbox', { name: 'Subscribed', exact: true }).check();
    await expect(count).toHaveText('2 contacts match');
    await screenshot(page, 'segment-builder');
    await page.getByRole('button', { name: 'Create segment' }).click();
    await expect(page.getByText('Pro customers was saved: 2 contacts.')).toBeVisible();
    const row = page
      .getByRole('table', { name: 'Segments' })
      .getByRole('row')
      .filter({ hasText: 'Pro customers' });
    await expect(row).toContainText('2');
    await row.getByRole('link', { name: 'View the contacts of Pro customers' }).click();
    await expect(page).toHaveURL(/segmentId=/);
    const contacts = page.getByRole('table', { name: 'Contacts' });
    await expect(contacts.getByRole('row')).toHaveCount(3);
    await expect(contacts).toContainText(email('ana'));
    await expect(contacts).toContainText(email('ben'));
  });

  await test.step('unsubscribing a contact is kept in its consent history', async () => {
    await page.getByRole('link', { name: email('ana') }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ana Lima' })).toBeVisible();
    const consent = page.getByRole('region', { name: 'Consent' });
    await expect(consent).toContainText('Only subscribed contacts receive campaigns');
    await expect(consent.getByLabel('Change consent to')).toHaveValue('unsubscribed');
    await consent.getByLabel('Note (optional)').fill('asked by phone');
    await consent.getByRole('button', { name: 'Change consent' }).click();
    await expect(consent.getByText('Consent is now unsubscribed.')).toBeVisible();
    const history = consent.getByRole('table', { name: 'History' });
    await expect(history.getByRole('row')).toHaveCount(3);
    const latest = history.getByRole('row').nth(1);
    await expect(latest).toContainText('Unsubscribed');
    await expect(latest).toContainText('asked by phone');
    await expect(latest).toContainText('Mewayz or the API');
    await screenshot(page, 'consent-history');

    await openTab(page, 'Segments');
    await expect(
      page.getByRole('table', { name: 'Segments' }).getByRole('row').filter({ hasText: 'Pro' }),
    ).toContainText('1');
  });

  await test.step('the contacts show as cards on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openTab(page, 'Contacts');
    await expect(
      page.getByRole('table', { name: 'Contacts' }).getByRole('row').filter({ hasText: 'Cara' }),
    ).toContainText('Subscribed');
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-contacts', true);
    await openTab(page, 'Imports');
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-imports', true);
  });
});
