import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderServiceWorker } from './serviceWorkerPlugin';

const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'sw.js'), 'utf8');

function precacheOf(source: string): string[] {
  const match = /const PRECACHE = (\[[\s\S]*?\]);/.exec(source);
  return JSON.parse(match![1]!) as string[];
}

describe('renderServiceWorker', () => {
  it('precaches the shell and every hashed asset, but no source maps or other files', () => {
    const source = renderServiceWorker(template, {
      'index.html': '<html></html>',
      'assets/index-AbC123.js': 'code',
      'assets/index-AbC123.js.map': '{}',
      'assets/index-Zz9.css': 'css',
      'redoc.html': '<html></html>',
    });

    expect(precacheOf(source)).toEqual([
      '/index.html',
      '/favicon.svg',
      '/manifest.webmanifest',
      '/icons/icon-192.png',
      '/icons/apple-touch-icon.png',
      '/assets/index-AbC123.js',
      '/assets/index-Zz9.css',
    ]);
    expect(source).not.toContain('__MEWAYZ_');
  });

  it('gets a new version, and so new caches, exactly when the shell changes', () => {
    const version = (files: Record<string, string>) =>
      /const VERSION = "([0-9a-f]+)"/.exec(renderServiceWorker(template, files))![1];
    const build = { 'index.html': '<html>1</html>', 'assets/a-1.js': 'one' };

    expect(version(build)).toBe(version({ ...build }));
    expect(version(build)).not.toBe(version({ ...build, 'assets/a-1.js': 'two' }));
    expect(version(build)).not.toBe(version({ ...build, 'index.html': '<html>2</html>' }));
    expect(version(build)).not.toBe(version({ ...build, 'manifest.webmanifest': '{}' }));
    expect(version(build)).toBe(version({ ...build, 'redoc.html': 'not part of the shell' }));
  });
});

/** Runs the built worker against fake caches and network, and returns its fetch routing. */
function installWorker(network: (url: string) => Promise<Response>) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const stored = new Map<string, Response>();
  const caches = {
    match: async (request: Request | string) =>
      stored.get(typeof request === 'string' ? request : new URL(request.url).pathname)?.clone(),
    open: async () => ({
      put: async (request: Request, response: Response) =>
        void stored.set(new URL(request.url).pathname, response),
    }),
  };
  const self = {
    location: { origin: 'https://app.test' },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      void (listeners[type] = listener),
  };
  const fetch = async (request: Request) => network(new URL(request.url).pathname);
  const source = renderServiceWorker(template, { 'assets/index-AbC123.js': 'code' });
  new Function('self', 'caches', 'fetch', source)(self, caches, fetch);
  stored.set('/index.html', new Response('cached shell'));

  return async (path: string, mode: RequestMode = 'cors', method = 'GET') => {
    let answer: Promise<Response> | undefined;
    const request = { url: `https://app.test${path}`, method, mode } as Request;
    listeners.fetch!({ request, respondWith: (r: Promise<Response>) => (answer = r) });
    return answer ? await (await answer).text() : 'not handled';
  };
}

describe('service worker', () => {
  it('never answers API calls or writes, so they always reach the server', async () => {
    const fetchThrough = installWorker(async () => new Response('from network'));

    expect(await fetchThrough('/api/automations')).toBe('not handled');
    expect(await fetchThrough('/assets/index-AbC123.js', 'cors', 'POST')).toBe('not handled');
  });

  it('serves pages from the network, and the cached shell when offline', async () => {
    let online = true;
    const fetchThrough = installWorker(async () => {
      if (!online) throw new TypeError('offline');
      return new Response('fresh page');
    });

    expect(await fetchThrough('/workspaces/w1/automations', 'navigate')).toBe('fresh page');
    online = false;
    expect(await fetchThrough('/workspaces/w1/automations', 'navigate')).toBe('cached shell');
  });

  it('keeps hashed assets after the first fetch and serves them from the cache', async () => {
    const fetched: string[] = [];
    const fetchThrough = installWorker(async (path) => {
      fetched.push(path);
      return new Response(`asset ${path}`);
    });

    expect(await fetchThrough('/assets/chunk-1.js')).toBe('asset /assets/chunk-1.js');
    expect(await fetchThrough('/assets/chunk-1.js')).toBe('asset /assets/chunk-1.js');
    expect(fetched).toEqual(['/assets/chunk-1.js']);
  });
});
