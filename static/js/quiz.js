// Quiz pages: save each answer as soon as it changes, show when it was saved, count down the
// time limit (amber in the last five minutes), and confirm before submitting. Without
// JavaScript the form's buttons save and submit the same answers.
const form = document.querySelector("form[data-autosave]");
const csrf = form?.querySelector("input[name=csrfmiddlewaretoken]")?.value;
let submitting = false; // the whole form is on its way: no more saves or reloads from here

const retries = new Map(); // fieldset → the timer of its next try after a failed save
const queues = new Map(); // fieldset → its latest save: saves of one question go one at a time

// Saves of one question are sent in order, each with the answer as it is when it is sent, so an
// earlier, slower save never lands after a later one and blanks part of the answer.
function saveInOrder(fieldset) {
  const next = (queues.get(fieldset) ?? Promise.resolve()).then(() => save(fieldset));
  queues.set(fieldset, next);
}

async function save(fieldset, attempt = 0) {
  if (submitting) return;
  clearTimeout(retries.get(fieldset));
  retries.delete(fieldset);
  const status = fieldset.querySelector("[data-saved]");
  const body = new FormData();
  body.append("position", fieldset.dataset.position);
  for (const [name, value] of new FormData(form)) {
    if (name.startsWith(`q${fieldset.dataset.position}-`)) body.append(name, value);
  }
  status.textContent = "…";
  let response;
  let data;
  try {
    response = await fetch(form.action, {
      method: "POST", body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, Accept: "application/json" },
    });
    data = response.status < 500 ? await response.json() : null;
  } catch {
    response = null; // offline, or an answer that is not ours: try again
  }
  if (!response || response.status >= 500 || !data) {
    // Not saved yet: try again, waiting longer each time (up to a minute), until it is.
    status.textContent = `⚠ ${form.dataset.unsaved}`;
    const wait = Math.min(60, 2 ** attempt) * 1000;
    retries.set(fieldset, setTimeout(() => save(fieldset, attempt + 1), wait));
    return;
  }
  status.textContent = response.ok ? `✓ ${data.saved_at ?? ""}` : data.error;
  // The page now shows what is saved: a later Save or Submit leaves it be unless it changes.
  const marker = form.elements[`marker-q${fieldset.dataset.position}`];
  if (response.ok && data.marker) marker.value = data.marker;
  if (response.status === 409 && !submitting) window.location.reload();
}

if (form) {
  form.addEventListener("change", (event) => {
    const fieldset = event.target.closest("fieldset[data-position]");
    if (fieldset) saveInOrder(fieldset);
  });
  form.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (button?.dataset.confirm && !window.confirm(button.dataset.confirm)) event.preventDefault();
    else submitting = true;
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
