// Renders the app icons of the web app manifest from public/favicon.svg with headless Chromium.
// Run once when the logo changes and commit the PNGs:  node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const brand = '#4f46e5';

// "any" icons are the favicon as drawn (rounded, transparent corners). Maskable and Apple icons
// get a full-bleed square with the logo inside the central 60%, because the platform crops them
// to its own shape and only guarantees the middle circle of 80% stays visible.
const icons = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/maskable-512.png', size: 512, maskable: true },
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: true },
];

function page({ size, maskable }) {
  const logo = maskable ? Math.round(size * 0.6) : size;
  const background = maskable ? brand : 'transparent';
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;
    display:grid;place-items:center;background:${background}">
    <div style="width:${logo}px;height:${logo}px">${svg.replace('<svg ', `<svg width="${logo}" height="${logo}" `)}</div>
    </body></html>`;
}

mkdirSync(`${publicDir}icons`, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.MEWAYZ_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of icons) {
    const tab = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    await tab.setContent(page(icon));
    await tab.screenshot({ path: `${publicDir}${icon.file}`, omitBackground: !icon.maskable });
    await tab.close();
    console.log(`wrote public/${icon.file} (${icon.size}px)`);
  }
} finally {
  await browser.close();
}
