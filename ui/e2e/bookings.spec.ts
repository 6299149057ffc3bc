import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { data, expectNoSidewaysScroll, signedInOwner } from './support';

/*
 * Bookings from the browser against a running platform: the owner creates a service open every
 * day, with today closed by an exception, and publishes it. A customer in New York, without an
 * account, books it on its public page, is mailed the confirmation, and moves the booking through
 * the signed link of that mail. The owner sees the moved booking and cancels it. Every booking
 * runs as its real BookingReminderWorkflow.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const SERVICE = 'Portrait session';
const CUSTOMER_EMAIL = `ana-${unique}@example.com`;

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotsDir}bookings-${name}.png`, fullPage: true });
}

interface Mail {
  to: string[];
  subject: string;
  text: string | null;
}

/** The newest mail to the customer whose subject starts so, once the worker sent it. */
async function awaitMail(request: APIRequestContext, subjectStart: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const sink = await data<{ items: Mail[] }>(await request.get('/api/dev/mails'));
        found = sink.items.find(
          (mail) => mail.to.includes(CUSTOMER_EMAIL) && mail.subject.startsWith(subjectStart),
        );
        return Boolean(found);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

test('a service is published, booked by a customer, moved through the mail link and cancelled', async ({
  page,
  request,
  browser,
}) => {
  const workspaceId = await signedInOwner(request, page, {
    email: `bookings-${unique}@example.com`,
    password: `bookings-pass-${unique}`,
    name: 'Lima Studio',
    workspace: `Studio ${unique}`,
  });
  let bookingPage = '';

  await test.step('the owner creates a service open every day but today', async () => {
    await page.goto(`/workspaces/${workspaceId}`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Bookings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    await expect(page.getByText('No services yet')).toBeVisible();
    await page.getByRole('link', { name: 'New service' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New service' })).toBeVisible();

    await page.getByLabel('Name').fill(SERVICE);
    await page.getByLabel('Duration (minutes)').fill('60');
    await page.getByLabel('Start times every (minutes)').fill('60');
    await page.getByLabel('Price').fill('49.90');
    await page.getByLabel('Time zone of your hours').selectOption('Europe/Paris');
    await page.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await page.getByRole('button', { name: 'Add hours on Sunday' }).click();
    await page.getByRole('button', { name: 'Add an exception' }).click();
    await expect(page.getByText('Closed all day')).toBeVisible();

    // A mistake is shown by its day before anything is sent.
    await page.getByRole('button', { name: 'Add hours on Monday' }).click();
    await page.getByLabel('Monday hours 2 from').fill('16:00');
    await expect(page.getByText(/09:00–17:00 and 16:00–20:00 overlap/)).toBeVisible();
    await page.getByRole('button', { name: 'Remove Monday hours 2' }).click();
    await screenshot(page, 'service-editor');

    await page.getByRole('button', { name: 'Save service' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: SERVICE });
    await expect(row).toContainText('1 h');
    await expect(row).toContainText('€49.90');
    bookingPage = (await row.getByRole('link', { name: 'Booking page' }).getAttribute('href'))!;
    expect(bookingPage).toMatch(/^\/book\/[^/]+\/[0-9a-f]{24}$/);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'services');
  });

  // The customer: another browser, no session, in New York, on a phone.
  const customerContext = await browser.newContext({
    timezoneId: 'America/New_York',
    viewport: { width: 390, height: 844 },
  });
  const customer = await customerContext.newPage();
  let bookedTime = '';

  await test.step('a customer books it on the public page in their own time zone', async () => {
    await customer.goto(bookingPage);
    await expect(customer.getByRole('heading', { level: 1, name: SERVICE })).toBeVisible();
    await expect(customer.getByLabel('Your time zone')).toHaveValue('America/New_York');
    await expect(customer.getByText('Times in America/New_York')).toBeVisible();
    const firstDay = customer.locator('.slot-day').first();
    const firstSlot = firstDay.getByRole('button').first();
    bookedTime = (await firstSlot.textContent())!;
    await firstSlot.click();
    await customer.getByLabel('Your name').fill('Ana Lima');
    await customer.getByLabel('Your email').fill(CUSTOMER_EMAIL);
    await screenshot(customer, 'public-page');
    await customer.getByRole('button', { name: 'Book this time' }).click();
    await expect(customer.getByRole('heading', { name: 'You are booked' })).toBeVisible();
    await expect(customer.getByText(`${bookedTime}`, { exact: false }).first()).toBeVisible();
    await expectNoSidewaysScroll(customer);
  });

  await test.step('the confirmation mail carries the link that moves the booking', async () => {
    const confirmation = await awaitMail(request, `Booked: ${SERVICE}`);
    expect(confirmation.subject).toContain(`at ${bookedTime} (America/New_York)`);
    const link = /\/my-booking\/[A-Za-z0-9._-]+\?action=reschedule/.exec(confirmation.text ?? '');
    expect(link, 'a reschedule link in the mail').not.toBeNull();

    await customer.goto(link![0]);
    await expect(customer.getByRole('heading', { level: 1, name: 'Your booking' })).toBeVisible();
    await expect(customer.getByRole('heading', { name: 'Pick a new time' })).toBeVisible();
    const picker = customer.locator('.slot-day').nth(1);
    await picker.getByRole('button').first().click();
    await customer.getByRole('button', { name: 'Move my booking here' }).click();
    await expect(
      customer.getByText(/^Moved to .* An updated invitation is on its way\.$/),
    ).toBeVisible();
    await expectNoSidewaysScroll(customer);
    await screenshot(customer, 'moved');
    await awaitMail(request, `Moved: ${SERVICE}`);
  });
  await customerContext.close();

  await test.step('the owner sees the moved booking and cancels it', async () => {
    await page
      .getByRole('navigation', { name: 'Bookings' })
      .getByRole('link', { name: 'Bookings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Ana Lima' });
    await expect(row).toContainText(SERVICE);
    await expect(row).toContainText('America/New_York');
    await screenshot(page, 'bookings');
    await row.getByRole('button', { name: 'Cancel the booking of Ana Lima' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await expect(page.getByText("Ana Lima's booking was cancelled.")).toBeVisible();
    await awaitMail(request, `Cancelled: ${SERVICE}`);
    await page.getByLabel('Status').selectOption('CANCELLED');
    await expect(page.getByRole('row').filter({ hasText: 'Ana Lima' })).toContainText('cancelled');
  });
});
