// The outbox: work a learner does on a weak or missing connection (H5P results, quiz answers,
// case-simulation choices, lesson notes) waits in this browser (IndexedDB), per learner, and is
// sent one item at a time, in the order it was made, when the connection allows.
//
// - Answered (2xx): the item is done; `delivered` fires with the server's JSON answer.
// - Refused (4xx with a JSON `error` and `code`, e.g. `attempt_submitted`, `deadline_passed`):
//   the item is done but kept as a refusal, which the page shows the learner until they have
//   read it (`refused` fires). Nothing is dropped without a word.
// - Not reached (no connection, a 5xx, or signed out): the item waits, and so do the ones after
//   it; `waiting` fires, and sending starts again after a pause, when the connection comes back,
//   or when a page is opened again.
//
// Items are sent with the CSRF token the browser holds at the time, and under a lock shared by
// every tab, so two tabs never send one item twice.
const DATABASE = "tahaffuz-outbox";
const ITEMS = "items";
const REFUSALS = "refusals";
const RETRY_DELAYS_MS = [2000, 5000, 15000, 30000, 60000];

export const events = new EventTarget();

function request(operation) {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error);
  });
}

// Settles once the transaction is on disk, not merely accepted: a page may be left right after.
function committed(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error);
  });
}

let opened;
function database() {
  opened ??= new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => {
      for (const store of [ITEMS, REFUSALS]) {
        opening.result
          .createObjectStore(store, { keyPath: "seq", autoIncrement: true })
          .createIndex("owner", "owner");
      }
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
  return opened;
}

async function store(name, mode = "readonly") {
  return (await database()).transaction(name, mode).objectStore(name);
}

async function all(name) {
  return request((await store(name)).index("owner").getAll(owner));
}

export const pending = () => all(ITEMS);
export const refusals = () => all(REFUSALS);

async function forget(name, seq) {
  await request((await store(name, "readwrite")).delete(seq));
}

export const forgetRefusal = (seq) => forget(REFUSALS, seq);

function csrfToken(item) {
  const cookie = document.cookie.split("; ").find((pair) => pair.startsWith("csrftoken="));
  return cookie ? decodeURIComponent(cookie.slice("csrftoken=".length)) : item.csrf;
}

// One try at sending an item: "delivered", "refused" or "waiting", with the server's answer.
async function attempt(item) {
  let response;
  try {
    response = await fetch(item.url, {
      method: "POST",
      credentials: "same-origin",
      redirect: "manual", // a sign-in page is not an answer
      headers: {
        "Content-Type": item.contentType,
        Accept: "application/json",
        "X-CSRFToken": csrfToken(item),
      },
      body: item.body,
    });
  } catch {
    return { outcome: "waiting", answer: { code: "offline" } };
  }
  const answer = await response.json().catch(() => ({}));
  if (response.ok) return { outcome: "delivered", answer };
  const signedOut = response.type === "opaqueredirect" || response.status === 401;
  if (signedOut) return { outcome: "waiting", answer: { code: "signed_out" } };
  if (response.status >= 400 && response.status < 500 && answer.error) {
    return { outcome: "refused", answer };
  }
  return { outcome: "waiting", answer: { code: "server_error", ...answer } };
}

let retries = 0;
let retryTimer;
let sending = false;

// Whose work this page queues and sends: the signed-in learner (set by templates/base.html).
export const owner = document.body.dataset.offlineOwner || "";

// Send what waits, in order, until it is all sent or one item cannot be.
export async function flush() {
  if (!owner || sending) return;
  sending = true;
  clearTimeout(retryTimer);
  try {
    await navigator.locks.request(DATABASE, async () => {
      for (let items = await pending(); items.length; items = await pending()) {
        for (const item of items) {
          const { outcome, answer } = await attempt(item);
          if (outcome === "waiting") {
            const delay = RETRY_DELAYS_MS[Math.min(retries, RETRY_DELAYS_MS.length - 1)];
            events.dispatchEvent(new CustomEvent("waiting", { detail: { item, answer, retries } }));
            retries += 1;
            retryTimer = setTimeout(flush, delay);
            return;
          }
          retries = 0;
          if (outcome === "refused") {
            const refusal = { owner, label: item.label, error: answer.error, code: answer.code };
            await request((await store(REFUSALS, "readwrite")).add({ ...refusal, at: Date.now() }));
          }
          await forget(ITEMS, item.seq);
          events.dispatchEvent(new CustomEvent(outcome, { detail: { item, answer } }));
        }
      }
    });
  } finally {
    sending = false;
    events.dispatchEvent(new Event("changed"));
  }
}

// Queue one POST and start sending; settles once the item is kept in this browser (only then may
// a page say so, or move on). `label` says, in the page's language, what it is ("Question 2 of
// Day 1 check"), for the learner should the server refuse it; `key` lets a page recognise its own
// items as they are delivered or refused.
export async function send({ url, body, contentType, label, key, csrf }) {
  const item = { owner, url, body, contentType, label, key, csrf, queuedAt: Date.now() };
  const items = await store(ITEMS, "readwrite");
  items.add(item);
  await committed(items.transaction);
  events.dispatchEvent(new Event("changed"));
  flush();
}

export function formBody(entries) {
  const body = new URLSearchParams();
  for (const [name, value] of entries) if (typeof value === "string") body.append(name, value);
  return body.toString();
}

export const FORM = "application/x-www-form-urlencoded";
export const JSON_BODY = "application/json";
