import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { data, expectNoSidewaysScroll, signedInOwner } from './support';

/*
 * A link-in-bio page from the browser against a running platform: the owner creates a page, adds
 * two links, a social profile, a product card from the store and a booking card, reorders and
 * removes a link while the live preview follows, publishes, opens the public page (server-rendered
 * HTML, no script), follows a link through the click redirect, and reads the click in the
 * analytics view.
 */

const screenshotsDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
mkdirSync(screenshotsDir, { recursive: true });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const slug = `cleo-${unique}`;

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshotsDir}linkinbio-${name}.png`, fullPage: true });
}

test('builds, publishes and measures a link-in-bio page', async ({ page, request, context }) => {
  const owner = {
    email: `cleo-${unique}@example.com`,
    password: 'correct horse battery',
    name: 'Cleo',
    workspace: 'Cleo Ceramics',
  };
  const workspaceId = await signedInOwner(request, page, owner);
  const session = await data<{ accessToken: string }>(
    await request.post('/api/auth/login', {
      data: { email: owner.email, password: owner.password },
    }),
  );
  await data(
    await request.post('/api/ecommerce/products', {
      headers: { Authorization: `Bearer ${session.accessToken}`, 'X-Workspace-Id': workspaceId },
      data: {
        name: 'Stoneware mug',
        priceMinor: 2450,
        currency: 'EUR',
        sku: `MUG-${unique}`,
        stock: 4,
        digital: false,
      },
    }),
  );

  await page.goto(`/workspaces/${workspaceId}`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Link in bio' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Link in bio' })).toBeVisible();
  await page.getByLabel('Address').fill(slug);
  await page.getByLabel('Title').fill('Cleo Ceramics');
  await page.getByRole('button', { name: 'Create page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cleo Ceramics' })).toBeVisible();

  await page.getByLabel('Description').fill('Hand-made stoneware from Porto.');
  await page.getByLabel('Theme').selectOption('OCEAN');
  await page.getByRole('button', { name: 'Add a social profile' }).click();
  await page.getByLabel('Profile URL').fill('https://instagram.com/cleo');

  for (const [title, url] of [
    ['Old link', 'https://example.com/old'],
    ['Online shop', 'https://example.com/shop'],
  ]) {
    await page.getByRole('button', { name: 'Add a link' }).click();
    const block = page
      .getByRole('listitem')
      .filter({ has: page.getByLabel('URL') })
      .last();
    await block.getByLabel('Title').fill(title!);
    await block.getByLabel('URL').fill(url!);
  }
  await page.getByRole('button', { name: 'Add a product card' }).click();
  const product = page.getByRole('listitem', { name: 'Product card 3' });
  const mug = await product
    .getByLabel('Product')
    .locator('option', { hasText: 'Stoneware mug' })
    .getAttribute('value');
  await product.getByLabel('Product', { exact: true }).selectOption(mug!);
  await product.getByLabel('Where to buy it (optional)').fill('https://example.com/mug');
  await page.getByRole('button', { name: 'Add a booking card' }).click();
  const booking = page.getByRole('listitem', { name: 'Booking card 4' });
  await booking.getByLabel('Title').fill('Wheel class');
  await booking.getByLabel('Service id').fill('wheel-class');

  await page.getByRole('button', { name: 'Move up Link 2' }).click();
  await page.getByRole('button', { name: 'Remove Link 2' }).click();

  const preview = page.frameLocator('iframe[title="Preview of the public page"]');
  await expect(preview.getByRole('heading', { level: 2, name: 'Stoneware mug' })).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Online shop' })).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Old link' })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'editor');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: visitors see this version now.')).toBeVisible();

  const publicLink = page.getByRole('link', { name: /Open the public page/ });
  const [visitor] = await Promise.all([context.waitForEvent('page'), publicLink.click()]);
  await visitor.waitForLoadState();
  expect(new URL(visitor.url()).pathname).toBe(`/u/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Cleo Ceramics' })).toBeVisible();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await expect(visitor.locator('script')).toHaveCount(0);
  await expect(visitor.getByText('€24.50')).toBeVisible();
  const shop = visitor.getByRole('link', { name: 'Online shop' });
  expect(await shop.getAttribute('href')).toMatch(new RegExp(`^/u/${slug}/l/[a-f0-9]{24}$`));
  const booked = visitor.getByRole('link', { name: 'Book Wheel class' });
  expect(await booked.getAttribute('href')).toMatch(new RegExp(`^/u/${slug}/l/`));
  await screenshot(visitor, 'public');

  // The click redirect records the click and answers 302 to the stored URL only.
  const click = await request.get(`${await shop.getAttribute('href')}`, { maxRedirects: 0 });
  expect(click.status()).toBe(302);
  expect(click.headers()['location']).toBe('https://example.com/shop');
  expect(click.headers()['set-cookie']).toBeUndefined();
  await visitor.close();

  await page.getByRole('link', { name: 'Analytics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();
  const clicks = page.getByRole('table', { name: 'Clicks per link' });
  await expect(clicks.getByRole('row').filter({ hasText: 'Online shop' })).toContainText('1');
  // One visit of the public page and one click, counted without any cookie.
  await expect(page.locator('.bio-totals')).toContainText('Views1');
  await expect(page.locator('.bio-totals')).toContainText('Clicks1');
  await screenshot(page, 'analytics');
});
