/**
 * Service worker edge: registers the precaching worker (the app then works offline after one
 * visit) and tells the page when a new version is waiting. Loaded after the first render, so it
 * costs the first load nothing. The single-file edition has no worker (see vite.config.ts).
 */
type Listener = () => void;

let updateWaiting = false;
let applyUpdate: (() => Promise<void>) | undefined;
const listeners = new Set<Listener>();

export const serviceWorkerUpdates = {
  isUpdateWaiting: () => updateWaiting,
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  async reload() {
    await applyUpdate?.();
  },
};

export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  try {
    const { registerSW } = await import('virtual:pwa-register');
    applyUpdate = registerSW({
      onNeedRefresh() {
        updateWaiting = true;
        listeners.forEach((l) => l());
      },
    });
  } catch (error) {
    // Offline support is a bonus; the app works without it.
    console.warn('Service worker not registered', error);
  }
}
