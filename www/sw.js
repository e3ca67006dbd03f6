// RJ Atlas service worker: the atlas keeps working offline after one visit.
//
// Network first, for every same-origin GET: the answer comes from the network whenever there is
// one (so `cargo xtask serve` and a new deployment are seen at once, never a stale build), and
// each good answer is copied into the cache; only when the network fails does the cache answer.
// The files of the first load, fetched before this worker controlled the page, are named by
// main.js in a message once the worker is active, and fetched into the cache then; everything
// later (details/*.json when a panel first opens, lod/ files, other pages) is cached as it
// passes. Requests to other origins are left alone.
//
// Registered by main.js once the app has started, on http(s) only; without it (file://, old
// browsers, private modes) the atlas works online only. Bump VERSION when the caching rules
// change: the new worker deletes the old caches.
const VERSION = 'rj-atlas-v1';
const PREFIX = 'rj-atlas-';

self.addEventListener('install', () => self.skipWaiting());

// From main.js: the same-origin URLs the page loaded before this worker was in control.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.rjAtlasCache;
  if (!Array.isArray(urls)) return;
  event.waitUntil(caches.open(VERSION).then((cache) => Promise.all(urls
    .filter((url) => typeof url === 'string' && new URL(url).origin === self.location.origin)
    .map((url) => cache.match(url).then((hit) => hit || cache.add(url)).catch(() => undefined)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== VERSION)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(event, request));
});

async function networkFirst(event, request) {
  try {
    const response = await fetch(request);
    if (response.status === 200 && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(VERSION).then((cache) => cache.put(request, copy)).catch(() => undefined));
    }
    return response;
  } catch (error) {
    const cache = await caches.open(VERSION);
    // A page opened offline with another query (?year=1945) is the same page.
    const cached = (await cache.match(request))
      || (request.mode === 'navigate' ? await cache.match(request, { ignoreSearch: true }) : undefined);
    if (cached) return cached;
    throw error;
  }
}
