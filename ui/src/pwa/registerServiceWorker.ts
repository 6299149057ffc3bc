/**
 * Registers the service worker (offline app shell, installable app) in production builds only:
 * in development it would serve stale modules to Vite's hot reload.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      // The app works without it; only offline start and install are lost.
      console.warn('Service worker registration failed', error);
    });
  });
}
