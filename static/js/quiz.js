// Quiz pages: save each answer as soon as it changes, show when it was saved, count down the
// time limit (amber in the last five minutes), and confirm before submitting. Without
// JavaScript the form's buttons save and submit the same answers.
//
// Each save goes through the outbox (outbox.js): saves are sent in the order they were made,
// and an answer given offline waits on this device until the connection is back.
import * as outbox from "./outbox.js";

const form = document.querySelector("form[data-autosave]");
const csrf = form?.querySelector("input[name=csrfmiddlewaretoken]")?.value;
let submitting = false; // the whole form is on its way: no more saves or reloads from here
// Once submitted or out of time, the page reloads to show the result (and what was refused).
const CLOSED = new Set(["attempt_submitted", "deadline_passed"]);

function fieldsetOf(item) {
  if (!form || item.url !== form.action) return null;
  return form.querySelector(`fieldset[data-position="${item.key.split("#").pop()}"]`);
}

function statusOf(fieldset) {
  return fieldset.querySelector("[data-saved]");
}

function save(fieldset) {
  if (submitting) return;
  const prefix = `q${fieldset.dataset.position}-`;
  const entries = [...new FormData(form)].filter(([name]) => name.startsWith(prefix));
  statusOf(fieldset).textContent = "…";
  outbox.send({
    url: form.action,
    body: outbox.formBody([["position", fieldset.dataset.position], ...entries]),
    contentType: outbox.FORM,
    label: fieldset.dataset.label,
    key: `${form.action}#${fieldset.dataset.position}`,
    csrf,
  });
}

if (form) {
  form.addEventListener("change", (event) => {
    const fieldset = event.target.closest("fieldset[data-position]");
    if (fieldset) save(fieldset);
  });
  form.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (!navigator.onLine) {
      // Saving and submitting the whole form needs the connection; each answer is kept already.
      event.preventDefault();
      form.querySelector("[data-offline-submit]").hidden = false;
    } else if (button?.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
    } else submitting = true;
  });
  window.addEventListener("online", () => {
    form.querySelector("[data-offline-submit]").hidden = true;
  });

  outbox.events.addEventListener("delivered", ({ detail }) => {
    const fieldset = fieldsetOf(detail.item);
    if (!fieldset) return;
    statusOf(fieldset).textContent = `✓ ${detail.answer.saved_at ?? ""}`;
    // The page now shows what is saved: a later Save or Submit leaves it be unless it changes.
    const marker = form.elements[`marker-q${fieldset.dataset.position}`];
    if (detail.answer.marker) marker.value = detail.answer.marker;
  });
  outbox.events.addEventListener("refused", ({ detail }) => {
    const fieldset = fieldsetOf(detail.item);
    if (!fieldset) return;
    statusOf(fieldset).textContent = detail.answer.error;
    if (CLOSED.has(detail.answer.code) && !submitting) window.location.reload();
  });
  outbox.events.addEventListener("waiting", ({ detail }) => {
    // Every answer still on its way waits behind this one.
    const text = detail.answer.code === "offline" ? form.dataset.kept : form.dataset.unsaved;
    for (const status of form.querySelectorAll("[data-saved]")) {
      if (status.textContent === "…" || status.textContent.startsWith("⚠")) {
        status.textContent = `⚠ ${text}`;
      }
    }
  });
}

const timer = document.querySelector("[data-deadline]");
if (timer) {
  const deadline = new Date(timer.dataset.deadline).getTime();
  const output = timer.querySelector("[data-countdown]");
  const tick = () => {
    const seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    output.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    timer.classList.toggle("countdown--ending", seconds <= 300);
    if (seconds === 0) window.location.reload(); // the server submits what was saved
    else setTimeout(tick, 1000);
  };
  tick();
}
