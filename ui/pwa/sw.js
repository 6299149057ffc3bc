/* Mewayz service worker. The build (pwa/serviceWorkerPlugin.ts) fills in the two constants below;
 * a new build therefore changes this file, the browser installs it as a new version, and the
 * caches of the old version are deleted once it activates. */
const VERSION = __MEWAYZ_BUILD_VERSION__;
const PRECACHE = __MEWAYZ_PRECACHE__;

const CACHE = `mewayz-shell-${VERSION}`;
const SHELL = '/index.html';
// Server answers are never cached: they are per user and per moment.
const NEVER_CACHED = ['/api/', '/health', '/actuator/', '/v3/', '/docs', '/swagger-ui', '/redoc'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('mewayz-shell-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (NEVER_CACHED.some((prefix) => url.pathname.startsWith(prefix))) return;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(cacheFirst(request));
  }
});

/* Pages: the latest from the server; offline, the cached app shell, which routes on the client.
 * The cached shell is only replaced by a new version's install, so it always matches the
 * assets cached with it. */
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const shell = await caches.match(SHELL);
    if (shell) return shell;
    throw offline;
  }
}

/* Hashed assets never change under their name: the cached copy is always right. */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
