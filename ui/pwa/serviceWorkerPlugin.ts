import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Files of public/ the offline app shell needs besides the built ones. */
const PUBLIC_SHELL = [
  '/favicon.svg',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/apple-touch-icon.png',
];

/**
 * The service worker's source with its precache list and version filled in. The version is a
 * hash of the list, whose entries carry content hashes, so it changes exactly when the app does.
 */
export function renderServiceWorker(template: string, builtFiles: string[]): string {
  const precache = [
    '/index.html',
    ...PUBLIC_SHELL,
    ...builtFiles
      .filter((file) => file.startsWith('assets/') && !file.endsWith('.map'))
      .sort()
      .map((file) => `/${file}`),
  ];
  const version = createHash('sha256')
    .update(precache.join('\n'))
    .update(template)
    .digest('hex')
    .slice(0, 12);
  return template
    .replace('__MEWAYZ_BUILD_VERSION__', JSON.stringify(version))
    .replace('__MEWAYZ_PRECACHE__', JSON.stringify(precache, null, 2));
}

/** Writes sw.js into the build with the list of the bundle's hashed assets (no Workbox). */
export function serviceWorker(): Plugin {
  const templateUrl = new URL('./sw.js', import.meta.url);
  return {
    name: 'mewayz-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: renderServiceWorker(readFileSync(templateUrl, 'utf8'), Object.keys(bundle)),
      });
    },
  };
}
