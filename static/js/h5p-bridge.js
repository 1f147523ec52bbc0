// The lesson page's side of H5P playback. Each player runs in a frame on the content origin and
// posts its height and xAPI statements here; only messages from that origin and from that frame's
// window are accepted. Statements go to the platform (for frames that record them, not previews)
// one at a time, in order, each with a delivery id so a retry after a timeout counts once, and
// the learner sees whether their result was saved.
const frames = Array.from(document.querySelectorAll("iframe.h5p-frame[data-content-origin]"));
const RETRY_DELAYS_MS = [2000, 5000, 15000, 30000];
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 4000;

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

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function deliver(frame, body) {
  const status = statusOf(frame);
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(frame.dataset.statementsUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": frame.dataset.csrfToken },
        body,
      });
      const answer = await response.json();
      status.textContent = response.ok ? answer.summary : answer.error;
      return;
    } catch {
      if (attempt >= RETRY_DELAYS_MS.length) {
        status.textContent = status.dataset.failed;
        return;
      }
      status.textContent = status.dataset.retrying;
      await wait(RETRY_DELAYS_MS[attempt]);
    }
  }
}

const queues = new Map(frames.map((frame) => [frame, Promise.resolve()]));

function send(frame, statement) {
  const body = JSON.stringify({ id: deliveryId(), statement });
  statusOf(frame).textContent = statusOf(frame).dataset.saving;
  queues.set(frame, queues.get(frame).then(() => deliver(frame, body)));
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
