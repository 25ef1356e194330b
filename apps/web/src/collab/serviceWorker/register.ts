/**
 * Registers /sw.js (the app shell cache that lets a board open with no network) in
 * production builds only. Under the Vite dev server there is no sw.js, and a worker left
 * over from a production run on the same origin would serve stale code, so dev removes it.
 */
export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (!import.meta.env.PROD) {
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => Promise.all(registrations.map((r) => r.unregister())))
      .catch(() => undefined);
    return;
  }
  const register = () => {
    // No offline shell is not worth an error for the user: the app works online anyway.
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => console.warn('service worker not registered', error));
  };
  // After load, so precaching never competes with the first render for bandwidth.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
