// Offline use, on every page (templates/base.html):
// - Copies kept on this device belong to one learner: a page purges those of anyone else, and
//   every copy once nobody is signed in (signing out on a shared computer removes them).
// - A learner's page installs the service worker (/sw.js) and sends what waits in the outbox.
// - The outbox report tells the learner what waits to be sent and what the server refused.
// - Forms marked `data-outbox-label` (notes, case-simulation choices) are kept in the outbox
//   when submitted offline, and sent when the connection is back.
// - Days: "Keep for offline use" (and automatically for the day the learner is on) keeps a day's
//   pages with their images, captions, styles, scripts and fonts in the browser's cache; the
//   offline page shows what is kept, the space it takes, and removes it.
import * as outbox from "./outbox.js";

const PREFIX = "tahaffuz:";
const { owner } = outbox;
const script = document.querySelector("script[data-service-worker]");
const canKeep = "caches" in window && "serviceWorker" in navigator;

async function purgeOthers() {
  if (!("caches" in window)) return;
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && (!owner || !name.startsWith(`${PREFIX}${owner}:`))) {
      await caches.delete(name);
      tellWorker();
    }
  }
}

// ---- Keeping a day ----

function keptMarker(cacheName) {
  return new Request(`${location.origin}/offline/kept/${encodeURIComponent(cacheName)}`);
}

// What a page loads that a reader needs offline; not frames, video or audio (too large).
function assetsOf(html, base) {
  const page = new DOMParser().parseFromString(html, "text/html");
  const urls = [];
  const selector =
    "img[src], img[srcset], source[srcset], track[src], script[src], " +
    "link[rel=stylesheet][href], link[rel=preload][href], link[rel=icon][href]";
  for (const element of page.querySelectorAll(selector)) {
    for (const attribute of ["src", "href"]) {
      if (element.getAttribute(attribute)) urls.push(element.getAttribute(attribute));
    }
    for (const candidate of (element.getAttribute("srcset") || "").split(",")) {
      if (candidate.trim()) urls.push(candidate.trim().split(/\s+/)[0]);
    }
  }
  return urls.map((url) => new URL(url, base)).filter((url) => url.protocol.startsWith("http"));
}

function fontsOf(css, base) {
  return Array.from(css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g), (match) => match[1])
    .filter((url) => !url.startsWith("data:"))
    .map((url) => new URL(url, base));
}

async function keepAsset(cache, url, assets) {
  const ours = url.origin === location.origin;
  // Media on another origin (the production bucket) is kept as the browser loads an image.
  const response = await fetch(url, ours ? { cache: "no-cache" } : { mode: "no-cors" });
  if (ours && !response.ok) return;
  if (ours && (response.headers.get("Content-Type") || "").startsWith("text/css")) {
    for (const font of fontsOf(await response.clone().text(), url)) assets.add(font.href);
  }
  await cache.put(url, response);
}

async function keepDay(filesUrl) {
  const answer = await fetch(filesUrl, { headers: { Accept: "application/json" }, cache: "no-cache" });
  const files = await answer.json();
  if (!answer.ok) throw new Error(files.error);
  const cache = await caches.open(files.cache);
  const assets = new Set();
  for (const url of files.pages) {
    const response = await fetch(url, { headers: { "X-Offline-Copy": "1" }, cache: "no-cache" });
    if (!response.ok || response.redirected) continue;
    for (const asset of assetsOf(await response.clone().text(), response.url)) {
      assets.add(asset.href);
    }
    await cache.put(url, response);
  }
  for (const url of assets) await keepAsset(cache, new URL(url), assets); // fonts join as found
  const marker = { version: files.version, keptAt: Date.now() };
  await cache.put(keptMarker(files.cache), new Response(JSON.stringify(marker)));
  tellWorker();
  return files;
}

// The worker serves only what is kept: it learns when that changes.
function tellWorker() {
  navigator.serviceWorker?.controller?.postMessage("kept-changed");
}

async function keptVersion(cacheName) {
  if (!(await caches.has(cacheName))) return null;
  const marker = await (await caches.open(cacheName)).match(keptMarker(cacheName));
  return marker ? marker.json() : null;
}

async function cacheSize(cacheName) {
  const cache = await caches.open(cacheName);
  let bytes = 0;
  for (const request of await cache.keys()) {
    bytes += (await (await cache.match(request)).blob()).size; // another origin's: 0, unknown
  }
  return bytes;
}

function formatBytes(bytes) {
  const megabytes = bytes >= 1e6;
  return new Intl.NumberFormat(document.documentElement.lang, {
    style: "unit",
    unit: megabytes ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(megabytes ? bytes / 1e6 : bytes / 1e3);
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_match, name) => values[name] ?? "");
}

// ---- The offline page ----

const list = document.querySelector("[data-offline-days]");

async function showStorage() {
  const output = document.querySelector("[data-storage]");
  if (!output || !navigator.storage?.estimate) return;
  const { usage, quota } = await navigator.storage.estimate();
  output.textContent = fill(output.dataset.template, {
    used: formatBytes(usage),
    quota: formatBytes(quota),
  });
}

async function showDay(day) {
  const status = day.querySelector("[data-day-status]");
  const kept = await keptVersion(day.dataset.cache);
  day.querySelector("[data-remove]").hidden = !kept;
  if (kept) {
    status.textContent = fill(list.dataset.kept, {
      size: formatBytes(await cacheSize(day.dataset.cache)),
      time: new Date(kept.keptAt).toLocaleString(document.documentElement.lang),
    });
  } else status.textContent = list.dataset.notKept;
}

async function keepFromPage(day) {
  const status = day.querySelector("[data-day-status]");
  status.textContent = list.dataset.keeping;
  try {
    await keepDay(day.dataset.filesUrl);
    await showDays();
  } catch (error) {
    status.textContent = fill(list.dataset.failed, { reason: error.message });
  }
}

async function setUpOfflinePage() {
  if (!canKeep) {
    list.hidden = true;
    document.querySelector("[data-offline-unsupported]").hidden = false;
    return;
  }
  if (location.pathname !== list.dataset.page) {
    // The worker answered with this page: the one asked for is not kept on this device.
    document.querySelector("[data-offline-missing]").hidden = false;
  }
  for (const day of list.querySelectorAll("[data-cache]")) {
    day.querySelector("[data-keep]")?.addEventListener("click", () => keepFromPage(day));
    day.querySelector("[data-remove]").addEventListener("click", async () => {
      await caches.delete(day.dataset.cache);
      tellWorker();
      await showDays();
    });
  }
  await showDays();
}

async function showDays() {
  for (const day of list.querySelectorAll("[data-cache]")) await showDay(day);
  await showStorage();
}

// The day the learner is on is kept without asking, and kept anew once its pages change.
async function keepTodayAutomatically() {
  const today = document.querySelector("[data-offline-auto]");
  if (!today || !canKeep || !navigator.onLine) return;
  const kept = await keptVersion(today.dataset.cache);
  const answer = await fetch(today.dataset.filesUrl, { headers: { Accept: "application/json" } });
  if (!answer.ok) return;
  if (kept?.version === (await answer.json()).version) return;
  await keepDay(today.dataset.filesUrl);
  if (list) await showDays();
}

// ---- The outbox report ----

const report = document.querySelector("[data-outbox-report]");

async function showReport() {
  if (!report || !owner) return;
  const [waiting, refused] = await Promise.all([outbox.pending(), outbox.refusals()]);
  const pendingLine = report.querySelector("[data-outbox-pending]");
  pendingLine.hidden = !waiting.length;
  pendingLine.querySelector("[data-count]").textContent = String(waiting.length);
  const refusals = report.querySelector("[data-outbox-refusals]");
  refusals.hidden = !refused.length;
  const items = report.querySelector("ul");
  items.replaceChildren(
    ...refused.map((refusal) => {
      const item = document.createElement("li");
      const label = document.createElement("strong");
      label.textContent = refusal.label;
      item.append(label, document.createTextNode(`: ${refusal.error}`));
      return item;
    }),
  );
  report.hidden = !waiting.length && !refused.length;
}

function setUpReport() {
  if (!report) return;
  report.querySelector("[data-outbox-dismiss]").addEventListener("click", async () => {
    for (const refusal of await outbox.refusals()) await outbox.forgetRefusal(refusal.seq);
    showReport();
  });
  outbox.events.addEventListener("changed", showReport);
  outbox.events.addEventListener("waiting", ({ detail }) => {
    report.querySelector("[data-outbox-signed-out]").hidden = detail.answer.code !== "signed_out";
  });
  showReport();
}

// ---- Forms kept offline ----

function setUpQueuedForms() {
  for (const form of document.querySelectorAll("form[data-outbox-label]")) {
    const status = form.querySelector("[data-outbox-status]");
    form.addEventListener("submit", async (event) => {
      if (navigator.onLine) return; // sent as usual
      event.preventDefault();
      const fields = [...new FormData(form, event.submitter)].filter(
        ([name]) => name !== "csrfmiddlewaretoken", // the outbox sends the token of its time
      );
      // Said kept, or left for the next lesson, only once it is: leaving sooner could lose it.
      await outbox.send({
        url: form.action,
        body: outbox.formBody(fields),
        contentType: outbox.FORM,
        label: form.dataset.outboxLabel,
        key: form.action,
        csrf: form.elements.csrfmiddlewaretoken?.value,
      });
      status.textContent = form.dataset.outboxKept;
      if (form.dataset.outboxNext) window.location.assign(form.dataset.outboxNext);
      else if (form.dataset.outboxThen === "reload") {
        form.querySelector("[type=submit]").disabled = true; // the case goes on once it is sent
      }
    });
    outbox.events.addEventListener("delivered", ({ detail }) => {
      if (detail.item.key !== form.action) return;
      if (form.dataset.outboxThen === "reload") window.location.reload();
      else if (form.dataset.outboxDelivered) status.textContent = form.dataset.outboxDelivered;
    });
  }
}

async function start() {
  await purgeOthers();
  setUpReport();
  setUpQueuedForms();
  if (!owner) return;
  window.addEventListener("online", outbox.flush);
  outbox.flush();
  if (canKeep) await navigator.serviceWorker.register(script.dataset.serviceWorker, { scope: "/" });
  if (list) await setUpOfflinePage();
  await keepTodayAutomatically();
}

start();
