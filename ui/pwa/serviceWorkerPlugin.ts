import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Files of public/ the offline app shell needs besides the built ones. */
const PUBLIC_SHELL = [
  '/favicon.svg',
  '/manifest.webmanifest',
  '/icons/icon-192.png',
  '/icons/apple-touch-icon.png',
];

/**
 * The service worker's source with its precache list and version filled in. `files` are the
 * build's output and the shell's public files by path (`assets/index-x1.js`, `index.html`,
 * `favicon.svg`...). The version hashes their names and contents, so any change to what the
 * shell is made of, even index.html alone, makes a new worker and new caches.
 */
export function renderServiceWorker(
  template: string,
  files: Record<string, string | Uint8Array>,
): string {
  const precache = [
    '/index.html',
    ...PUBLIC_SHELL,
    ...Object.keys(files)
      .filter((file) => file.startsWith('assets/') && !file.endsWith('.map'))
      .sort()
      .map((file) => `/${file}`),
  ];
  const hash = createHash('sha256').update(template);
  for (const path of precache) {
    const content = files[path.slice(1)];
    hash.update(path);
    if (content !== undefined) hash.update(content);
  }
  const version = hash.digest('hex').slice(0, 12);
  return template
    .replace('__MEWAYZ_BUILD_VERSION__', JSON.stringify(version))
    .replace('__MEWAYZ_PRECACHE__', JSON.stringify(precache, null, 2));
}

/** Writes sw.js into the build with the list of the bundle's hashed assets (no Workbox). */
export function serviceWorker(): Plugin {
  const templateUrl = new URL('./sw.js', import.meta.url);
  let publicDir = '';
  return {
    name: 'mewayz-service-worker',
    apply: 'build',
    // After the core plugins, so that index.html is in the bundle.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files: Record<string, string | Uint8Array> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        files[fileName] = output.type === 'chunk' ? output.code : output.source;
      }
      for (const path of PUBLIC_SHELL) {
        const file = join(publicDir, path);
        if (existsSync(file)) files[path.slice(1)] = readFileSync(file);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: renderServiceWorker(readFileSync(templateUrl, 'utf8'), files),
      });
    },
  };
}
