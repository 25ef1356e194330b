/* global self, caches, fetch, Request */
// Stormscape's service worker: lets a board page load with no network (its edits are in
// IndexedDB already). Emitted as /sw.js by the `serviceWorker` plugin in vite.config.ts,
// which prepends `self.__SW_MANIFEST__ = { version, assets }` for the build at hand.
// Hand-written on purpose (no dependency): the rules below are the whole policy.
//  - install: precache the app shell (index.html + every hashed file of this build);
//  - navigations: network first, cached index.html when the network fails (SPA routes);
//  - /assets/*: cache first (hashed, immutable), cached at runtime when missing;
//  - /api/*, /ws/* and everything else: never touched, never cached.
const MANIFEST = self.__SW_MANIFEST__ ?? { version: 'dev', assets: [] };
const PREFIX = 'stormscape-shell-';
const CACHE = PREFIX + MANIFEST.version;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload` bypasses the HTTP cache, so index.html matches the assets of this build.
      await cache.addAll([SHELL, ...MANIFEST.assets].map((url) => new Request(url, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // A new build replaces the old shell: drop every other version of our cache.
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // Control pages opened before this worker was installed (the first visit).
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/ws/') || url.pathname === '/ws') return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
});

/** The page from the server; the cached shell only when the server cannot be reached. */
async function networkFirstShell(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(SHELL, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

/** Hashed files never change under one name: serve the cached copy, else fetch and keep it. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
