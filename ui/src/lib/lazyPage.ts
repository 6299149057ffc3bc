import { lazy, type ComponentType } from 'react';

const RELOADED_KEY = 'mewayz.reloadedForNewVersion';

/**
 * A page loaded on first visit. After a deploy, a tab opened on the old version asks for chunk
 * files that no longer exist; one reload brings the new version instead of an error. The flag
 * stops a reload loop when the chunk is missing for another reason (offline, say).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    try {
      const page = await load();
      sessionStorage.removeItem(RELOADED_KEY);
      return { default: page };
    } catch (error) {
      if (sessionStorage.getItem(RELOADED_KEY) === null) {
        sessionStorage.setItem(RELOADED_KEY, '1');
        window.location.reload();
        return new Promise<never>(() => {});
      }
      throw error;
    }
  });
}
