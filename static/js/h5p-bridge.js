// The lesson page's side of H5P playback. Each player runs in a frame on the content origin and
// posts its height and xAPI statements here; only messages from that origin and from that frame's
// window are accepted.
//
// Statements (from frames that record them, not previews) go into the outbox (outbox.js), kept
// in this browser for the signed-in learner and delivered to the platform one at a time, in
// order, each with a delivery id so that sending one twice counts once. On a weak connection
// nothing is lost: what could not be sent waits, in order, until the connection is back or a
// page is opened again, and the learner sees whether their result is saved.
import * as outbox from "./outbox.js";

const frames = Array.from(document.querySelectorAll("iframe.h5p-frame[data-content-origin]"));
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 4000;
const TRIES_BEFORE_WAITING = 3; // then the status says the result waits for the connection

function deliveryId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // a version 4 UUID
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function statusOf(frame) {
  return frame.parentElement.querySelector(".h5p-status");
}

function frameFor(url) {
  return frames.find((frame) => frame.dataset.statementsUrl === url);
}

function send(frame, statement) {
  const id = deliveryId();
  const status = statusOf(frame);
  status.dataset.result ??= status.textContent; // the result shown until a new one is answered
  status.textContent = status.dataset.saving;
  outbox.send({
    url: frame.dataset.statementsUrl,
    body: JSON.stringify({ id, statement }),
    contentType: outbox.JSON_BODY,
    label: frame.dataset.label,
    key: id,
    csrf: frame.dataset.csrfToken,
  });
}

// A statement ending an attempt is answered with the learner's result; others only as recorded,
// and the result shown stays (the one the page showed, or the last one answered).
outbox.events.addEventListener("delivered", ({ detail }) => {
  const frame = frameFor(detail.item.url);
  if (!frame) return;
  const status = statusOf(frame);
  if (detail.answer.summary) status.dataset.result = detail.answer.summary;
  status.textContent = status.dataset.result ?? status.textContent;
});
outbox.events.addEventListener("refused", ({ detail }) => {
  const frame = frameFor(detail.item.url);
  if (frame) statusOf(frame).textContent = detail.answer.error;
});
outbox.events.addEventListener("waiting", ({ detail }) => {
  const frame = frameFor(detail.item.url);
  if (!frame) return;
  const status = statusOf(frame);
  const tried = detail.retries + 1 >= TRIES_BEFORE_WAITING;
  status.textContent = tried ? status.dataset.failed : status.dataset.retrying;
});

// Statements an earlier release kept in localStorage join the outbox, still in order.
for (const frame of frames.filter((candidate) => candidate.dataset.legacyOutbox)) {
  const key = frame.dataset.legacyOutbox;
  const entries = JSON.parse(localStorage.getItem(key) || "[]");
  localStorage.removeItem(key);
  for (const { url, body } of entries) {
    outbox.send({ url, body, contentType: outbox.JSON_BODY, label: frame.dataset.label, key: url });
  }
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

