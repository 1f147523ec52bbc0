// The service worker (served at /sw.js, which writes its VERSION above this line: any change to
// this file makes a new worker, which the browser installs on its next page load). Hand-written
// rather than Workbox: it does two things, and the pages (static/js/offline.js) choose what to
// keep, so a few dozen lines do without a build step.
//
// - A page: from the network; from the copy kept on this device when the network fails or is
//   too slow (and a copy exists). A fresh page from the network replaces its kept copy.
// - Anything else a page loads (styles, scripts, fonts, images, captions) that is kept: the
//   kept copy (static files and renditions change name when they change). What is not kept is
//   left to the browser, as if there were no worker: its own cache, and no worker in the way.
//
// Copies live in caches named `tahaffuz:<owner>:day:<id>`, one per day kept; the pages purge
// those of anyone but the signed-in learner, and every copy once nobody is signed in. They tell
// the worker ("kept-changed") when they keep or remove a day.
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
  return (await keptCopy(new Request("/offline/"))) || Response.error();
}

async function page(event) {
  await reading; // before the page's own requests: the worker knows then what is kept
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

// The addresses kept, read again whenever the worker starts or a page keeps or removes a day.
let kept = null;
let reading = null;

function readKept() {
  reading = (async () => {
    const urls = new Set();
    for (const name of await caches.keys()) {
      if (!name.startsWith(PREFIX)) continue;
      for (const request of await (await caches.open(name)).keys()) urls.add(request.url);
    }
    kept = urls;
  })();
  return reading;
}

readKept();
self.addEventListener("message", (event) => {
  if (event.data === "kept-changed") event.waitUntil(readKept());
});

async function subresource(request) {
  return (await keptCopy(request)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  // Not a read, or a page keeping its copies anew (it asks past every cache): the network's.
  if (request.method !== "GET" || request.cache === "no-cache") return;
  const url = new URL(request.url);
  if (url.origin === self.location.origin && request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (kept?.has(request.url)) {
    event.respondWith(subresource(request));
  }
});
