// The service worker (served at /sw.js, which writes its VERSION above this line: any change to
// this file makes a new worker, which the browser installs on its next page load). Hand-written
// rather than Workbox: it does two things, and the pages (static/js/offline.js) choose what to
// keep, so a few dozen lines do without a build step.
//
// - A page: from the network; from the copy kept on this device when the network fails or is
//   too slow (and a copy exists). A fresh page from the network replaces its kept copy.
// - Anything else the page loads (styles, scripts, fonts, images, captions): the kept copy if
//   there is one (static files and renditions change name when they change), else the network.
//
// Copies live in caches named `tahaffuz:<owner>:day:<id>`, one per day kept; the pages purge
// those of anyone but the signed-in learner, and every copy once nobody is signed in.
const PREFIX = "tahaffuz:";
const SLOW_NETWORK_MS = 6000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

async function keptCopy(request) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const copy = await (await caches.open(name)).match(request, { ignoreVary: true });
    if (copy) return copy;
  }
  return undefined;
}

async function refreshCopies(request, response) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const cache = await caches.open(name);
    if (await cache.match(request, { ignoreVary: true })) await cache.put(request, response.clone());
  }
}

async function offlinePage() {
  const kept = await keptCopy(new Request("/offline/"));
  return kept || Response.error();
}

async function page(event) {
  const network = fetch(event.request).then((response) => {
    if (response.ok && response.type === "basic" && !response.redirected) {
      event.waitUntil(refreshCopies(event.request, response.clone()));
    }
    return response;
  });
  const copy = await keptCopy(event.request);
  if (!copy) return network.catch(offlinePage);
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_NETWORK_MS, copy));
  return Promise.race([network.catch(() => copy), slow]);
}

async function subresource(request) {
  return (await keptCopy(request)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  // Not a read, or a page keeping its copies anew (it asks past every cache): the network's.
  if (request.method !== "GET" || request.cache === "no-cache") return;
  const url = new URL(request.url);
  const ours = url.origin === self.location.origin;
  if (ours && request.mode === "navigate") event.respondWith(page(event));
  else if (ours || request.destination === "image") event.respondWith(subresource(request));
});
