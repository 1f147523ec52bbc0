// Counts the seconds a lesson is on screen while the reader is active, and reports them to the
// server every interval. Hidden tabs and idle readers (no scroll, key or touch for a minute)
// report nothing, so time spent is not inflated; the server caps each report again.
const script = document.currentScript || document.querySelector("script[data-heartbeat-url]");
const url = script.dataset.heartbeatUrl;
const interval = Number(script.dataset.interval || 30);
const idleAfterSeconds = 60;
const csrf = document.querySelector("input[name=csrfmiddlewaretoken]")?.value;

let lastActivity = Date.now();
let activeSeconds = 0;

for (const event of ["scroll", "keydown", "pointerdown", "pointermove", "touchstart"]) {
  window.addEventListener(event, () => { lastActivity = Date.now(); }, { passive: true });
}

setInterval(() => {
  const idle = (Date.now() - lastActivity) / 1000 > idleAfterSeconds;
  if (document.visibilityState === "visible" && !idle) activeSeconds += 1;
}, 1000);

function report() {
  if (activeSeconds < 1) return;
  const body = new URLSearchParams({ active_seconds: String(Math.round(activeSeconds)) });
  activeSeconds = 0;
  fetch(url, { method: "POST", body, headers: { "X-CSRFToken": csrf }, credentials: "same-origin", keepalive: true })
    .catch(() => {}); // A dropped connection loses at most one interval of time.
}

setInterval(report, interval * 1000);
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") report(); });
