import { parseSearch } from '../state/url';

/**
 * Registers the service worker (src/sw.ts) on the built site and tells the page when a new
 * version has been downloaded and waits to take over.
 */

type Listener = () => void;

let updateReady = false;
let applyUpdate: (() => Promise<void>) | undefined;
const listeners = new Set<Listener>();

function setUpdateReady(apply: () => Promise<void>) {
  updateReady = true;
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

export const serviceWorkerUpdate = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** True once a new version is installed and waiting. */
  isReady: (): boolean => updateReady,
  /** Lets the waiting version take over and reloads the page with it. */
  apply: (): Promise<void> => applyUpdate?.() ?? Promise.resolve(),
};

/** For tests of the notice: as if a new version had been installed. */
export const simulateUpdateReady = setUpdateReady;

/**
 * After the page has loaded, so the service worker's downloads never compete with the data.
 * Not from the embedded map (`?embed=1`): a visitor of the page it is embedded in would
 * download the whole dashboard in the background for one map. A service worker already in
 * charge (after a visit to the dashboard itself) serves the embedded map as any other view.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || parseSearch(window.location.search).selection.embed) return;
  const register = async () => {
    try {
      const { registerSW } = await import('virtual:pwa-register');
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () =>
          setUpdateReady(() => {
            // Reload once the waiting version controls the page (also when this page was the
            // first visit, which the registration helper does not reload by itself).
            navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
              once: true,
            });
            return update(true);
          }),
        onRegisterError: (error: unknown) => console.warn('offline use unavailable:', error),
      });
    } catch (error) {
      console.warn('offline use unavailable:', error);
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
