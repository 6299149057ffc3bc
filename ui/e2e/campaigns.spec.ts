import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * An email campaign from the browser against a running platform: the owner has three contacts in
 * a segment, one of whom unsubscribed; writes a campaign with a merge tag, sees the preview render
 * the sample contact's name, sends a test, sends it now and watches the progress reach Sent with
 * 2 sent and 1 skipped. The mails are read from the embedded mail sink. The campaign runs as its
 * real EmailCampaignWorkflow.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const domain = `c${unique}.example`;
const SEGMENT = `Readers ${unique}`;
const CAMPAIGN = 'June newsletter';

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: `${screenshotsDir}campaigns-${name}.png`, fullPage });
}

async function data<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** An owner with a fresh workspace, signed in in the browser; the headers call its API. */
async function signedInOwner(request: APIRequestContext, page: Page) {
  const session = await data<{ accessToken: string; refreshToken: string }>(
    await request.post('/api/auth/register', {
      data: {
        email: `campaigns-${unique}@example.com`,
        password: `campaigns-pass-${unique}`,
        name: 'Carla Campaign',
      },
    }),
  );
  const auth = { Authorization: `Bearer ${session.accessToken}` };
  const workspace = await data<{ id: string }>(
    await request.post('/api/multi-workspace/workspaces', {
      headers: auth,
      data: { name: `Newsletter ${unique}` },
    }),
  );
  await page.addInitScript((s) => {
    localStorage.setItem('mewayz.accessToken', s.accessToken);
    localStorage.setItem('mewayz.refreshToken', s.refreshToken);
  }, session);
  return { workspaceId: workspace.id, headers: { ...auth, 'X-Workspace-Id': workspace.id } };
}

/** Bea and Caio subscribed, Dora unsubscribed; all three tagged reader, in one segment. */
async function audience(request: APIRequestContext, headers: Record<string, string>) {
  for (const [name, consent] of [
    ['Bea', null],
    ['Caio', null],
    ['Dora', 'unsubscribed'],
  ] as const) {
    const contact = await data<{ id: string }>(
      await request.post('/api/crm/contacts', {
        headers,
        data: { email: `${name.toLowerCase()}@${domain}`, firstName: name, tags: ['reader'] },
      }),
    );
    if (consent) {
      await data(
        await request.post(`/api/crm/contacts/${contact.id}/consent`, {
          headers,
          data: { status: consent },
        }),
      );
    }
  }
  await data(
    await request.post('/api/crm/segments', {
      headers,
      data: { name: SEGMENT, filter: { tagsAll: ['reader'] } },
    }),
  );
}

interface Mail {
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
}

async function mailsTo(request: APIRequestContext, suffix: string): Promise<Mail[]> {
  const sink = await data<{ items: Mail[] }>(await request.get('/api/dev/mails'));
  return sink.items.filter((mail) => mail.to.some((to) => to.endsWith(suffix)));
}

test('a campaign with a merge tag is previewed, tested, sent and followed to the end', async ({
  page,
  request,
}) => {
  const { workspaceId, headers } = await signedInOwner(request, page);
  await audience(request, headers);
  const tester = `tester@${domain}`;

  await test.step('the campaigns page says how to start', async () => {
    await page.goto(`/workspaces/${workspaceId}`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Campaigns' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/workspaces/${workspaceId}/campaigns$`));
    await expect(page.getByRole('heading', { name: 'No campaigns yet' })).toBeVisible();
    await page.getByRole('link', { name: 'Write your first campaign' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New campaign' })).toBeVisible();
  });

  await test.step('the owner writes a draft with merge tags and sees it rendered', async () => {
    await page.getByLabel('Name', { exact: true }).fill(CAMPAIGN);
    await page.getByLabel('Subject').fill('{{first_name|there}}, the June news');
    await page.getByLabel('From name').fill('Carla');
    await page.getByLabel('From email').fill(`news@${domain}`);
    await page.getByLabel('Audience').selectOption({ label: `${SEGMENT} (3 contacts)` });
    const html = page.getByRole('textbox', { name: 'HTML body' });
    await html.fill('<h1>June</h1><p>Hello ');
    await html.press('End');
    await page.getByRole('button', { name: 'Insert merge tag into the HTML body' }).click();
    await page
      .getByRole('list', { name: 'Merge tags' })
      .getByRole('button', { name: /\{\{first_name\}\}$/ })
      .click();
    await expect(html).toBeFocused();
    await page.keyboard.type('!</p>');
    await expect(html).toHaveValue('<h1>June</h1><p>Hello {{first_name}}!</p>');
    await page.getByRole('textbox', { name: 'Text body' }).fill('Hello {{first_name}}!');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await expect(page.getByText(/^Draft saved\./)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/workspaces/${workspaceId}/campaigns/[0-9a-f]+$`));

    // The preview renders for the sample contact, Ana, in a frame with no permissions.
    const frame = page.getByTitle('Preview of the HTML body');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(
      page.frameLocator('iframe[title="Preview of the HTML body"]').locator('p'),
    ).toHaveText('Hello Ana!');
    await expect(page.getByText('Ana, the June news')).toBeVisible();
    await screenshot(page, 'editor');
  });

  await test.step('an unknown merge tag is refused on its field', async () => {
    const subject = page.getByLabel('Subject');
    await subject.fill('{{firstname}}, the June news');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText(/unknown merge tag \{\{firstname\}\}/).first()).toBeVisible();
    await expect(subject).toHaveAttribute('aria-invalid', 'true');
    await subject.fill('{{first_name|there}}, the June news');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText('Draft saved.')).toBeVisible();
  });

  await test.step('a test goes to the owner', async () => {
    await page.getByLabel('Test address').fill(tester);
    await page.getByRole('button', { name: 'Send test' }).click();
    await expect(page.getByText(`Test sent to ${tester}.`)).toBeVisible();
    await expect
      .poll(async () => (await mailsTo(request, tester)).map((m) => m.subject), {
        timeout: 30_000,
      })
      .toEqual(['[Test] Ana, the June news']);
  });

  await test.step('sent now, after a dialog stating the audience', async () => {
    await page.getByRole('button', { name: 'Send now…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send this campaign now?' });
    await expect(dialog).toContainText(`goes to the 3 contacts of ${SEGMENT} now`);
    await expect(dialog).toContainText('Contacts who are not subscribed are skipped.');
    await screenshot(page, 'send-dialog', false);
    await dialog.getByRole('button', { name: 'Send now' }).click();
    await expect(page.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  });

  await test.step('the progress reaches Sent: 2 sent, 1 skipped', async () => {
    await expect(page.getByText('Campaign sent: 2 sent, 0 failed, 1 skipped.').first()).toBeVisible(
      {
        timeout: 60_000,
      },
    );
    const bar = page.getByRole('progressbar', { name: 'Progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '3');
    await expect(bar).toHaveAttribute('aria-valuemax', '3');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Content' })).toContainText(`news@${domain}`);
    await screenshot(page, 'sent');
  });

  await test.step('each subscribed contact got one mail with their name', async () => {
    await expect
      .poll(async () => (await mailsTo(request, `@${domain}`)).length, { timeout: 30_000 })
      .toBe(3);
    const mails = await mailsTo(request, `@${domain}`);
    const bea = mails.find((m) => m.to.includes(`bea@${domain}`));
    const caio = mails.find((m) => m.to.includes(`caio@${domain}`));
    expect(bea?.subject).toBe('Bea, the June news');
    expect(bea?.html).toContain('Hello Bea!');
    expect(caio?.subject).toBe('Caio, the June news');
    expect(caio?.text).toContain('Hello Caio!');
    expect(mails.some((m) => m.to.includes(`dora@${domain}`))).toBe(false);
  });

  await test.step('a second campaign is scheduled for tomorrow, then cancelled', async () => {
    const draft = await data<{ id: string }>(
      await request.post('/api/email-marketing/campaigns', {
        headers,
        data: {
          name: 'July newsletter',
          subject: 'July news',
          text: 'Hello {{first_name|there}}',
          fromName: 'Carla',
          fromEmail: `news@${domain}`,
        },
      }),
    );
    await page.goto(`/workspaces/${workspaceId}/campaigns/${draft.id}`);
    await page.getByRole('radio', { name: 'At a time I choose' }).check();
    // Tomorrow at this time, typed as the owner would: wall-clock time in the browser's zone.
    const tomorrow = await page.evaluate(() => {
      const d = new Date(Date.now() + 86_400_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    });
    await page.getByLabel('Send at').fill(tomorrow);
    await page.getByRole('button', { name: 'Schedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule this campaign?' });
    await expect(dialog).toContainText('goes to all 3 contacts on');
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await expect(page.getByText(/^Scheduled for /)).toBeVisible();
    await expect(page.getByText('Campaign status: Scheduled')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel…' }).click();
    await page
      .getByRole('dialog', { name: 'Cancel this campaign?' })
      .getByRole('button', { name: 'Cancel campaign' })
      .click();
    await expect(
      page.getByText('Campaign cancelled: 0 sent, 0 failed, 0 skipped.').first(),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Cancel…' })).toHaveCount(0);
    await screenshot(page, 'cancelled');
    expect(await mailsTo(request, `@${domain}`)).toHaveLength(3);
  });

  await test.step('the list shows the sent campaign, as cards on a phone', async () => {
    await page.getByRole('link', { name: '← All campaigns' }).click();
    const row = page
      .getByRole('table', { name: 'Campaigns' })
      .getByRole('row')
      .filter({ hasText: CAMPAIGN });
    await expect(row).toContainText('Sent');
    await expect(row).toContainText(SEGMENT);
    await expect(row).toContainText('2 · 0 · 1');
    await screenshot(page, 'list');
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-list');
    await row.getByRole('link', { name: CAMPAIGN }).click();
    await expect(page.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-sent');
    await page.getByRole('link', { name: '← All campaigns' }).click();
    await page.getByRole('link', { name: 'New campaign' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New campaign' })).toBeVisible();
    await page.getByRole('button', { name: 'Insert merge tag into the HTML body' }).click();
    await expect(page.getByRole('list', { name: 'Merge tags' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-editor');
  });
});
