// The lesson page's side of H5P playback. Each player runs in a frame on the content origin and
// posts its height and xAPI statements here; only messages from that origin and from that frame's
// window are accepted.
//
// Statements (from frames that record them, not previews) go into an outbox kept in this
// browser for the signed-in learner, and are delivered to the platform one at a time, in order,
// each with a delivery id so that sending one twice counts once. On a weak connection nothing is
// lost: what could not be sent waits, in order, until the connection is back or the lesson is
// opened again, and the learner sees whether their result is saved.
const frames = Array.from(document.querySelectorAll("iframe.h5p-frame[data-content-origin]"));
const RETRY_DELAYS_MS = [2000, 5000, 15000];
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 4000;

function deliveryId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // a version 4 UUID
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function statusOf(frame) {
  return frame.parentElement.querySelector(".h5p-status");
}

function frameFor(url) {
  return frames.find((frame) => frame.dataset.statementsUrl === url);
}

// The outbox: [{id, url, body}] in the order the statements were made.
const outboxKey = frames.find((frame) => frame.dataset.outbox)?.dataset.outbox;
let outboxInMemory = [];

function outboxRead() {
  try {
    return JSON.parse(localStorage.getItem(outboxKey)) || [];
  } catch {
    return outboxInMemory; // storage blocked: keep it for as long as the page is open
  }
}

function outboxWrite(entries) {
  outboxInMemory = entries;
  try {
    localStorage.setItem(outboxKey, JSON.stringify(entries));
  } catch {
    // kept in memory only
  }
}

// Deliver one statement; true once the platform has answered, false if it cannot be reached.
// A statement ending an attempt is answered with the learner's result; others only as recorded,
// and the result shown stays (the one the page showed, or the last one answered).
async function deliver(frame, body) {
  const status = statusOf(frame);
  status.dataset.result ??= status.textContent;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(frame.dataset.statementsUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": frame.dataset.csrfToken },
        body,
      });
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      const answer = await response.json();
      if (response.ok && answer.summary) status.dataset.result = answer.summary;
      status.textContent = response.ok ? status.dataset.result : answer.error;
      return true;
    } catch {
      if (attempt >= RETRY_DELAYS_MS.length) {
        status.textContent = status.dataset.failed;
        return false;
      }
      status.textContent = status.dataset.retrying;
      await wait(RETRY_DELAYS_MS[attempt]);
    }
  }
}

let flushing = false;

async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (;;) {
      const entry = outboxRead().find((candidate) => frameFor(candidate.url));
      if (!entry || !(await deliver(frameFor(entry.url), entry.body))) return;
      outboxWrite(outboxRead().filter((candidate) => candidate.id !== entry.id));
    }
  } finally {
    flushing = false;
  }
}

function send(frame, statement) {
  const id = deliveryId();
  const entry = { id, url: frame.dataset.statementsUrl, body: JSON.stringify({ id, statement }) };
  outboxWrite([...outboxRead(), entry]);
  statusOf(frame).textContent = statusOf(frame).dataset.saving;
  flush();
}

window.addEventListener("message", (event) => {
  const frame = frames.find((candidate) => candidate.contentWindow === event.source);
  if (!frame || event.origin !== frame.dataset.contentOrigin) return;
  const message = event.data || {};
  if (message.type === "tahaffuz-h5p:xapi" && message.statement && frame.dataset.statementsUrl) {
    send(frame, message.statement);
  } else if (message.type === "tahaffuz-h5p:height" && Number.isFinite(message.height)) {
    const height = Math.min(Math.max(message.height, MIN_HEIGHT), MAX_HEIGHT);
    frame.style.height = `${height}px`;
  }
});

window.addEventListener("online", flush);
if (outboxKey) flush(); // what an earlier visit could not send
